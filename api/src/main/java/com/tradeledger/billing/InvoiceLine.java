package com.tradeledger.billing;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.tradeledger.products.ProductId;
import com.tradeledger.shared.Money;
import com.tradeledger.shared.UnitOfMeasure;
import java.math.BigDecimal;

/** One line of an invoice: what is billed, how much of it at what price, and the line total. */
public record InvoiceLine(
        String description,
        ProductId productId,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal quantity,
        UnitOfMeasure unit,
        Money unitPrice,
        Money total) {}
