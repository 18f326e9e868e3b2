package com.tradeledger.receivables;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.tradeledger.shared.Money;
import java.math.BigDecimal;
import java.util.Currency;

/**
 * What an ageing summary's rows of one currency add up to, and that in the functional currency at {@code rate} (both
 * null when no rate was recorded on or before the day).
 */
public record AgeingTotal(
        Currency currency,
        long documents,
        Money outstanding,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal rate,
        Money functionalOutstanding) {}
