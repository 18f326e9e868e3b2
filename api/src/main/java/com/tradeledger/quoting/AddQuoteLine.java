package com.tradeledger.quoting;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.tradeledger.products.ProductId;
import com.tradeledger.shared.Money;
import com.tradeledger.shared.Percentage;
import com.tradeledger.shared.UnitOfMeasure;
import com.tradeledger.shared.Username;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Add a line to a draft quote. Without a unit price, the line is priced from the product's price list for the
 * customer's grade, the quantity and {@code pricedOn}; with one, it is a manual price.
 */
public record AddQuoteLine(
        @TargetAggregateIdentifier QuoteId quoteId,
        ProductId productId,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal quantity,
        UnitOfMeasure unit,
        Money unitPrice,
        Percentage discount,
        LocalDate pricedOn,
        Username pricedBy,
        @TargetAggregateVersion Long expectedVersion) {}
