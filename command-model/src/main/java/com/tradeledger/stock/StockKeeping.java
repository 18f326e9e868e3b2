package com.tradeledger.stock;

import com.tradeledger.products.ProductId;
import com.tradeledger.shared.ContractId;
import com.tradeledger.shared.ShipmentId;
import java.math.BigDecimal;

/**
 * The one stock model (库存) as the sales flow acts on it, within the command that acts: signing reserves, cancelling
 * releases, shipping issues. Quantities are in the product's base unit. Each call appends to the product's stock in
 * the caller's unit of work, so the stock and the command's own events commit together or not at all.
 */
public interface StockKeeping {

    /**
     * Sets aside for the contract line as much of {@code wanted} as is available now (on hand less every
     * reservation), and returns how much that was: zero when nothing is available.
     */
    BigDecimal reserve(ProductId productId, ContractId contractId, int contractLine, BigDecimal wanted);

    /** Gives back to available stock every reservation the contract holds on the product. */
    void releaseAll(ProductId productId, ContractId contractId, String reason);

    /**
     * Takes {@code quantity} out of the warehouse for the contract line, from the line's reservation first and then
     * from available stock.
     *
     * @throws NotEnoughStock when the warehouse has less on hand, or the product less available, than it needs
     */
    void issue(
            ProductId productId,
            WarehouseCode warehouse,
            BigDecimal quantity,
            ContractId contractId,
            int contractLine,
            ShipmentId shipmentId);
}
