package com.tradeledger.purchasing;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.tradeledger.products.ProductId;
import com.tradeledger.products.Sku;
import com.tradeledger.shared.Money;
import com.tradeledger.shared.UnitOfMeasure;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One line of a purchase order as it now stands, in the line's unit: ordered, accepted so far (less returns),
 * cancelled, and {@code open} still on order (never below zero); the conversion to the base unit it was placed at;
 * the promised date and the requisitions it covers.
 */
public record PurchaseOrderLineView(
        int lineNumber,
        ProductId productId,
        Sku sku,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal ordered,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal accepted,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal cancelled,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal open,
        UnitOfMeasure unit,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal baseQuantity,
        UnitOfMeasure baseUnit,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal baseUnitsPerUnit,
        Money unitPrice,
        Money total,
        LocalDate promisedDate,
        List<CoveredRequisition> requisitions) {

    /** The line without its purchase price, for staff who may not see cost prices (价格访问权限). */
    public PurchaseOrderLineView withoutPrices() {
        return new PurchaseOrderLineView(
                lineNumber,
                productId,
                sku,
                ordered,
                accepted,
                cancelled,
                open,
                unit,
                baseQuantity,
                baseUnit,
                baseUnitsPerUnit,
                null,
                null,
                promisedDate,
                requisitions);
    }
}
