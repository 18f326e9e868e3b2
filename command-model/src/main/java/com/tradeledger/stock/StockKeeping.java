package com.tradeledger.stock;

import com.tradeledger.products.ProductId;
import com.tradeledger.shared.ContractId;
import com.tradeledger.shared.GoodsReceiptId;
import com.tradeledger.shared.PurchaseOrderId;
import com.tradeledger.shared.ShipmentId;
import java.math.BigDecimal;

/**
 * The one stock model (库存) as the sales and supply flows act on it, within the command that acts: signing reserves,
 * cancelling releases, shipping issues, receiving (收货) puts goods in and returns to the supplier (退货) take them
 * out. Quantities are in the product's base unit. Each call appends to the product's stock in
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

    /**
     * Puts {@code quantity} accepted by a goods receipt into the warehouse. A product never counted gets its stock
     * with this receipt.
     */
    void receive(
            ProductId productId,
            WarehouseCode warehouse,
            BigDecimal quantity,
            PurchaseOrderId purchaseOrderId,
            GoodsReceiptId receiptId);

    /**
     * Takes {@code quantity} of a goods receipt out of the warehouse, back to the supplier. What is reserved for
     * contracts stays: only stock free for anyone goes back.
     *
     * @throws NotEnoughStock when the warehouse has less on hand, or the product less available, than goes back
     */
    void returnToSupplier(
            ProductId productId,
            WarehouseCode warehouse,
            BigDecimal quantity,
            PurchaseOrderId purchaseOrderId,
            GoodsReceiptId receiptId);
}
