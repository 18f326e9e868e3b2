package com.tradeledger.receivables;

import com.tradeledger.billing.DocumentNumber;
import com.tradeledger.billing.DunningReminderIssued;
import com.tradeledger.billing.InvoiceCancelled;
import com.tradeledger.billing.InvoiceCredited;
import com.tradeledger.billing.InvoiceId;
import com.tradeledger.billing.InvoiceIssued;
import com.tradeledger.billing.InvoiceKind;
import com.tradeledger.billing.InvoicePaymentApplied;
import com.tradeledger.billing.InvoiceSettled;
import com.tradeledger.billing.PaymentId;
import com.tradeledger.billing.PaymentReceived;
import com.tradeledger.customers.Address;
import com.tradeledger.customers.CustomerCode;
import com.tradeledger.customers.CustomerGrade;
import com.tradeledger.customers.CustomerHandedOver;
import com.tradeledger.customers.CustomerId;
import com.tradeledger.customers.CustomerMerged;
import com.tradeledger.customers.CustomerRegistered;
import com.tradeledger.shared.ContractId;
import com.tradeledger.shared.CountryCode;
import com.tradeledger.shared.Money;
import com.tradeledger.shared.Username;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Customer, invoice and payment events as the command model records them, with meaningful, fixed defaults. */
final class ReceivableEvents {

    static final LocalDate TODAY = LocalDate.of(2026, 6, 30);
    static final CustomerId HAMBURG = CustomerId.of("0b5a1c52-0000-4000-8000-00000000000a");
    static final CustomerId LYON = CustomerId.of("0b5a1c52-0000-4000-8000-00000000000b");
    static final CustomerId HAMBURG_TWICE = CustomerId.of("0b5a1c52-0000-4000-8000-00000000000c");
    static final Username SALLY = Username.of("sally");
    static final Username SAM = Username.of("sam");
    /** 1000.00 EUR to Hamburg, issued 1 April, due 1 May: 60 days overdue today. */
    static final InvoiceId LAMPS = InvoiceId.of("1e5c7a90-0000-4000-8000-00000000000a");
    /** 500.00 USD to Lyon, issued 1 June, due 1 July: not due today. */
    static final InvoiceId SILK = InvoiceId.of("1e5c7a90-0000-4000-8000-00000000000b");
    /** 200.00 EUR to Hamburg's duplicate, issued 1 March, due 15 March: 107 days overdue today. */
    static final InvoiceId VASES = InvoiceId.of("1e5c7a90-0000-4000-8000-00000000000c");

    static final ContractId CONTRACT = ContractId.of("c0a7e1d2-0000-4000-8000-00000000000a");

    private ReceivableEvents() {}

    static CustomerRegistered registered(CustomerId id, String code, String name, Username salesperson) {
        return new CustomerRegistered(
                id,
                CustomerCode.of(code),
                name,
                CountryCode.of("DE"),
                new Address("Hafenstrasse 1", "Hamburg", "20457", null),
                List.of(),
                CustomerGrade.B,
                salesperson,
                Money.of("100000", "EUR"),
                null);
    }

    static CustomerRegistered hamburg() {
        return registered(HAMBURG, "HAM", "Hamburg Imports", SALLY);
    }

    static CustomerRegistered lyon() {
        return registered(LYON, "LYON", "Lyon Textiles", SAM);
    }

    static CustomerRegistered hamburgTwice() {
        return registered(HAMBURG_TWICE, "HAM2", "Hamburg Imports (duplicate)", SAM);
    }

    static CustomerHandedOver handedOver(CustomerId id, Username from, Username to) {
        return new CustomerHandedOver(id, from, to, "territory change");
    }

    static CustomerMerged merged(CustomerId duplicate, CustomerId survivor) {
        return new CustomerMerged(duplicate, CustomerCode.of("HAM2"), SAM, survivor, "registered twice");
    }

    static InvoiceIssued lampsInvoiced() {
        return issued(LAMPS, 1, HAMBURG, SALLY, "1000.00", "EUR", LocalDate.of(2026, 4, 1), LocalDate.of(2026, 5, 1));
    }

    static InvoiceIssued silkInvoiced() {
        return issued(SILK, 2, LYON, SAM, "500.00", "USD", LocalDate.of(2026, 6, 1), LocalDate.of(2026, 7, 1));
    }

    static InvoiceIssued vasesInvoiced() {
        return issued(
                VASES, 3, HAMBURG_TWICE, SAM, "200.00", "EUR", LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 15));
    }

    static InvoiceIssued issued(
            InvoiceId id,
            int number,
            CustomerId customer,
            Username salesperson,
            String total,
            String currency,
            LocalDate issuedOn,
            LocalDate dueOn) {
        Money amount = Money.of(total, currency);
        return new InvoiceIssued(
                id,
                DocumentNumber.of("INV", 2026, number),
                InvoiceKind.DEPOSIT,
                CONTRACT,
                null,
                customer,
                salesperson,
                amount.currency(),
                List.of(),
                amount,
                Money.zero(amount.currency()),
                amount,
                null,
                issuedOn,
                dueOn);
    }

    static InvoicePaymentApplied paid(InvoiceId id, String applied, String currency, String after, LocalDate on) {
        return new InvoicePaymentApplied(
                id,
                PaymentId.generate(),
                CONTRACT,
                HAMBURG,
                Money.of(applied, currency),
                Money.of(after, currency),
                on);
    }

    static InvoiceCredited credited(InvoiceId id, String amount, String currency, String after, LocalDate on) {
        return new InvoiceCredited(
                id,
                DocumentNumber.of("CN", 2026, 1),
                CONTRACT,
                HAMBURG,
                Money.of(amount, currency),
                "two lamps arrived broken",
                Money.of(after, currency),
                Username.of("fiona"),
                on);
    }

    static InvoiceSettled settled(InvoiceId id, LocalDate on) {
        return new InvoiceSettled(id, CONTRACT, on);
    }

    static InvoiceCancelled cancelled(InvoiceId id) {
        return new InvoiceCancelled(id, CONTRACT, HAMBURG, "deposit waived");
    }

    static DunningReminderIssued reminded(InvoiceId id, int level, int daysOverdue, String outstanding) {
        return new DunningReminderIssued(
                id,
                HAMBURG,
                level,
                daysOverdue,
                Money.of(outstanding, "EUR"),
                LocalDate.of(2026, 5, 1).plusDays(daysOverdue));
    }

    /** A payment received in {@code currency} at {@code rate} yuan (the functional currency) to the unit. */
    static PaymentReceived paymentReceived(String amount, String currency, String rate, LocalDate on) {
        Money paid = Money.of(amount, currency);
        return new PaymentReceived(
                PaymentId.generate(),
                HAMBURG,
                paid,
                "BANK-1",
                on,
                new BigDecimal(rate),
                Money.of(paid.amount().multiply(new BigDecimal(rate)).toPlainString(), "CNY"),
                Username.of("fiona"));
    }
}
