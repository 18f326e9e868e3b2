package com.tradeledger.receivables;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One receivable as a flat line of an analyst's CSV export: every amount in the invoice's {@code currency}. */
public record ReceivableRow(
        String invoiceId,
        String number,
        String kind,
        String customerId,
        String customerCode,
        String customerName,
        String salesperson,
        String contractId,
        String currency,
        BigDecimal amount,
        BigDecimal paid,
        BigDecimal credited,
        BigDecimal outstanding,
        LocalDate issuedOn,
        LocalDate dueOn,
        long daysOverdue,
        AgeingBucket bucket,
        int dunningLevel) {}
