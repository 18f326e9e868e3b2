package com.tradeledger.products;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.tradeledger.customers.CustomerGrade;
import com.tradeledger.shared.UnitOfMeasure;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;

/**
 * Ask for the unit price of a product for a customer grade, a quantity in a unit, a date and a currency;
 * answered with a {@link UnitPriceView}, or none when the product has no price list in that currency.
 */
public record FindUnitPrice(
        ProductId productId,
        CustomerGrade grade,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal quantity,
        UnitOfMeasure unit,
        LocalDate date,
        Currency currency) {}
