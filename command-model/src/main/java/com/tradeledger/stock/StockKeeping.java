package com.tradeledger.stock;

import com.tradeledger.products.ProductId;
import com.tradeledger.shared.ContractId;
import com.tradeledger.shared.GoodsReceiptId;
import com.tradeledger.shared.PurchaseOrderId;
import com.tradeledger.shared.ShipmentId;
import com.tradeledger.shared.UnitOfMeasure;
import com.tradeledger.shared.Username;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The one stock model (库存) as the sales and supply flows act on it, within the command that acts: signing reserves,
 * cancelling releases, shipping issues, receiving (收货) puts goods in, returns to the supplier (退货) take them
 * out and a stocktake sheet (盘点单) counts them. Quantities are in the product's base unit. Each call appends to the product's stock in
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
     * Gives back to available stock up to {@code upTo} of the contract line's reservation of the product, and returns
     * how much that was: zero when the line holds none.
     */
    BigDecimal release(ProductId productId, ContractId contractId, int contractLine, BigDecimal upTo, String reason);

    /** What the books say the warehouse holds of the product: zero for a product never counted or received. */
    BigDecimal onHand(ProductId productId, WarehouseCode warehouse);

    /**
     * Sets the warehouse's on hand of the product to what a stocktake counted (base unit {@code baseUnit}); a product
     * never stocked gets its stock with this count.
     */
    void count(
            ProductId productId,
            WarehouseCode warehouse,
            UnitOfMeasure baseUnit,
            BigDecimal counted,
            String reason,
            Username countedBy,
            LocalDate countedOn);

    /** What the warehouse holds of the product that no contract line has reserved. */
    BigDecimal freeIn(ProductId productId, WarehouseCode warehouse);

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
            UnitOfMeasure baseUnit,
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
