package com.tradeledger.purchasing;

import com.tradeledger.products.ProductId;
import com.tradeledger.shared.Money;
import com.tradeledger.shared.UnitOfMeasure;
import java.math.BigDecimal;
import java.util.List;

/**
 * One purchase order line as it stands: what was ordered (in the line's unit and the product's base unit, and the
 * conversion between them the order was placed at), at what price, what was accepted so far (receipts less returns,
 * in the line's unit), whether the rest was cancelled, and the requisitions (contract lines) it serves.
 */
public record OrderLineState(
        int lineNumber,
        ProductId productId,
        UnitOfMeasure unit,
        BigDecimal quantity,
        UnitOfMeasure baseUnit,
        BigDecimal baseQuantity,
        BigDecimal baseUnitsPerUnit,
        Money unitPrice,
        BigDecimal acceptedSoFar,
        boolean cancelled,
        List<CoveredRequisition> requisitions) {}
