package com.tradeledger.receivables;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.tradeledger.shared.Money;
import java.math.BigDecimal;
import java.util.Currency;

/**
 * One group of an ageing summary in one currency: the key (a customer or supplier id, a salesperson, a currency or a
 * bucket) and its label (the name, where there is one), how many documents are open, what is outstanding in all and
 * in each bucket, and the outstanding in the functional currency at {@code rate}; rate and functional amount are null
 * when no rate of the currency was recorded on or before the day.
 */
public record AgeingSummaryRow(
        String key,
        String label,
        Currency currency,
        long documents,
        Money outstanding,
        Money notDue,
        Money days1To30,
        Money days31To60,
        Money days61To90,
        Money over90,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal rate,
        Money functionalOutstanding) {}
