package com.tradeledger.contracting;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.tradeledger.products.ProductId;
import com.tradeledger.products.Sku;
import com.tradeledger.shared.Money;
import com.tradeledger.shared.Percentage;
import com.tradeledger.shared.UnitOfMeasure;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One line of a contract as it now stands: the product, the quantity ordered and, in the same unit, how much has
 * been shipped and how much remains; the price, discount and line total; and the delivery date once scheduled.
 */
public record ContractLineView(
        int lineNumber,
        ProductId productId,
        Sku sku,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal ordered,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal shipped,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal remaining,
        UnitOfMeasure unit,
        Money unitPrice,
        Percentage discount,
        Money total,
        boolean belowFloor,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal baseQuantity,
        UnitOfMeasure baseUnit,
        LocalDate deliveryDate) {}
