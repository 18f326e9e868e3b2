package com.tradeledger.shipping;

import com.tradeledger.products.ProductId;
import com.tradeledger.shared.ContractId;
import com.tradeledger.shared.GoodsReceiptId;
import com.tradeledger.shared.PurchaseOrderId;
import com.tradeledger.shared.ShipmentId;
import com.tradeledger.shared.UnitOfMeasure;
import com.tradeledger.shared.Username;
import com.tradeledger.stock.NotEnoughStock;
import com.tradeledger.stock.StockKeeping;
import com.tradeledger.stock.WarehouseCode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Stock that issues whatever is asked, or refuses every issue once told to, remembering what was issued. */
final class FakeStockKeeping implements StockKeeping {

    private final List<Issued> issued = new ArrayList<>();
    private boolean empty;

    FakeStockKeeping empty() {
        this.empty = true;
        return this;
    }

    @Override
    public BigDecimal reserve(ProductId productId, ContractId contractId, int contractLine, BigDecimal wanted) {
        throw new UnsupportedOperationException("a shipment never reserves stock");
    }

    @Override
    public void releaseAll(ProductId productId, ContractId contractId, String reason) {
        throw new UnsupportedOperationException("a shipment never releases stock");
    }

    @Override
    public BigDecimal release(
            ProductId productId, ContractId contractId, int contractLine, BigDecimal upTo, String reason) {
        throw new UnsupportedOperationException("a shipment never releases part of a reservation");
    }

    @Override
    public BigDecimal freeIn(ProductId productId, WarehouseCode warehouse) {
        throw new UnsupportedOperationException("a shipment never asks what stock is free");
    }

    @Override
    public BigDecimal onHand(ProductId productId, WarehouseCode warehouse) {
        throw new UnsupportedOperationException("a shipment never asks what is on hand");
    }

    @Override
    public void count(
            ProductId productId,
            WarehouseCode warehouse,
            UnitOfMeasure baseUnit,
            BigDecimal counted,
            String reason,
            Username countedBy,
            LocalDate countedOn) {
        throw new UnsupportedOperationException("a shipment never counts stock");
    }

    @Override
    public void issue(
            ProductId productId,
            WarehouseCode warehouse,
            BigDecimal quantity,
            ContractId contractId,
            int contractLine,
            ShipmentId shipmentId) {
        if (empty) {
            throw new NotEnoughStock(productId, warehouse, quantity, BigDecimal.ZERO);
        }
        issued.add(new Issued(productId, warehouse, quantity, contractId, contractLine, shipmentId));
    }

    @Override
    public void receive(
            ProductId productId,
            WarehouseCode warehouse,
            BigDecimal quantity,
            UnitOfMeasure baseUnit,
            PurchaseOrderId purchaseOrderId,
            GoodsReceiptId receiptId) {
        throw new UnsupportedOperationException("a shipment never receives goods");
    }

    @Override
    public void returnToSupplier(
            ProductId productId,
            WarehouseCode warehouse,
            BigDecimal quantity,
            PurchaseOrderId purchaseOrderId,
            GoodsReceiptId receiptId) {
        throw new UnsupportedOperationException("a shipment never returns goods to a supplier");
    }

    List<Issued> issued() {
        return List.copyOf(issued);
    }

    record Issued(
            ProductId productId,
            WarehouseCode warehouse,
            BigDecimal quantity,
            ContractId contractId,
            int contractLine,
            ShipmentId shipmentId) {}
}
