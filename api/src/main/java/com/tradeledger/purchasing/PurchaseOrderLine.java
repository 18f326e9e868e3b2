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
 * One line of a purchase order as placed: quantities in the order's unit and the product's base unit, and the
 * conversion the order was placed at ({@code baseUnitsPerUnit}: base units in one unit of the line, 1 when the line
 * is in the base unit), by which what arrives against the line is counted into stock (since revision 2 of {@link
 * PurchaseOrderPlaced}; revision 1 events are read with it as {@code baseQuantity ÷ quantity}).
 */
public record PurchaseOrderLine(
        int lineNumber,
        ProductId productId,
        Sku sku,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal quantity,
        UnitOfMeasure unit,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal baseQuantity,
        UnitOfMeasure baseUnit,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal baseUnitsPerUnit,
        Money unitPrice,
        Money total,
        LocalDate promisedDate,
        List<CoveredRequisition> requisitions) {}
