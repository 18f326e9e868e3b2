package com.tradeledger.products;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.tradeledger.customers.CustomerGrade;
import com.tradeledger.shared.Money;
import com.tradeledger.shared.UnitOfMeasure;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The price of a product for one sale: per requested unit and per base unit, with the tier it came from
 * ({@code tier} null means the list price applied).
 */
public record UnitPriceView(
        ProductId productId,
        Sku sku,
        CustomerGrade grade,
        LocalDate date,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal quantity,
        UnitOfMeasure unit,
        Money unitPrice,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal baseQuantity,
        UnitOfMeasure baseUnit,
        Money baseUnitPrice,
        PriceTier tier) {}
