package com.tradeledger.contracting;

import com.tradeledger.products.ProductId;
import com.tradeledger.shared.ContractId;
import com.tradeledger.shared.GoodsReceiptId;
import com.tradeledger.shared.PurchaseOrderId;
import com.tradeledger.shared.ShipmentId;
import com.tradeledger.shared.UnitOfMeasure;
import com.tradeledger.shared.Username;
import com.tradeledger.stock.StockKeeping;
import com.tradeledger.stock.WarehouseCode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Stock that holds everything asked of it (or as much as it is told) and remembers, in order, what the contract asked. */
final class RecordingStockKeeping implements StockKeeping {

    private final List<Object> asked = new ArrayList<>();
    private BigDecimal available;

    /** From now on, stock holds only this much of any product in all (null: everything asked). */
    void holding(BigDecimal quantity) {
        available = quantity;
    }

    @Override
    public BigDecimal reserve(ProductId productId, ContractId contractId, int contractLine, BigDecimal wanted) {
        asked.add(new Reserved(productId, contractId, contractLine, wanted));
        if (available == null) {
            return wanted;
        }
        BigDecimal reserved = wanted.min(available);
        available = available.subtract(reserved);
        return reserved;
    }

    @Override
    public void releaseAll(ProductId productId, ContractId contractId, String reason) {
        asked.add(new Released(productId, contractId, reason));
    }

    @Override
    public BigDecimal release(
            ProductId productId, ContractId contractId, int contractLine, BigDecimal upTo, String reason) {
        throw new UnsupportedOperationException("a contract never releases part of a reservation");
    }

    @Override
    public BigDecimal freeIn(ProductId productId, WarehouseCode warehouse) {
        throw new UnsupportedOperationException("a contract never asks what stock is free");
    }

    @Override
    public BigDecimal onHand(ProductId productId, WarehouseCode warehouse) {
        throw new UnsupportedOperationException("a contract never asks what is on hand");
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
        throw new UnsupportedOperationException("a contract never counts stock");
    }

    @Override
    public void issue(
            ProductId productId,
            WarehouseCode warehouse,
            BigDecimal quantity,
            ContractId contractId,
            int contractLine,
            ShipmentId shipmentId) {
        throw new UnsupportedOperationException("a contract never issues stock itself");
    }

    @Override
    public void receive(
            ProductId productId,
            WarehouseCode warehouse,
            BigDecimal quantity,
            UnitOfMeasure baseUnit,
            PurchaseOrderId purchaseOrderId,
            GoodsReceiptId receiptId) {
        throw new UnsupportedOperationException("a contract never receives goods");
    }

    @Override
    public void returnToSupplier(
            ProductId productId,
            WarehouseCode warehouse,
            BigDecimal quantity,
            PurchaseOrderId purchaseOrderId,
            GoodsReceiptId receiptId) {
        throw new UnsupportedOperationException("a contract never returns goods to a supplier");
    }

    List<Object> asked() {
        return List.copyOf(asked);
    }

    record Reserved(ProductId productId, ContractId contractId, int contractLine, BigDecimal quantity) {}

    record Released(ProductId productId, ContractId contractId, String reason) {}
}
