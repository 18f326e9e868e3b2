package com.tradeledger.billing;

import com.tradeledger.contracting.AgentCode;
import com.tradeledger.contracting.CommissionTerms;
import com.tradeledger.customers.CustomerId;
import com.tradeledger.products.ProductId;
import com.tradeledger.shared.ContractId;
import com.tradeledger.shared.Money;
import com.tradeledger.shared.Percentage;
import com.tradeledger.shared.ShipmentId;
import com.tradeledger.shared.UnitOfMeasure;
import com.tradeledger.shared.Username;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Invoice and payment events as the command model records them, with meaningful, fixed defaults. */
final class BillingEvents {

    static final InvoiceId DEPOSIT_INVOICE = InvoiceId.of("1e5c7a90-0000-4000-8000-000000000001");
    static final InvoiceId SHIPMENT_INVOICE = InvoiceId.of("1e5c7a90-0000-4000-8000-000000000002");
    static final PaymentId FIRST_PAYMENT = PaymentId.of("3f2b8d41-0000-4000-8000-000000000001");
    static final PaymentId SECOND_PAYMENT = PaymentId.of("3f2b8d41-0000-4000-8000-000000000002");
    static final ContractId LAMP_CONTRACT = ContractId.of("c0a7e1d2-0000-4000-8000-000000000001");
    static final ContractId OTHER_CONTRACT = ContractId.of("c0a7e1d2-0000-4000-8000-000000000002");
    static final ShipmentId LAMP_SHIPMENT = ShipmentId.of("5b1d0c9e-0000-4000-8000-000000000001");
    static final CustomerId HAMBURG_IMPORTS = CustomerId.of("0b5a1c52-0000-4000-8000-000000000001");
    static final CustomerId SHANGHAI_TEXTILES = CustomerId.of("0b5a1c52-0000-4000-8000-000000000002");
    static final Username ALICE = Username.of("alice");
    static final Username FINN = Username.of("finn.finance");
    static final AgentCode NORDIC = AgentCode.of("NORDIC-TRADE");
    static final CommissionTerms THREE_PERCENT_TO_NORDIC = new CommissionTerms(NORDIC, Percentage.of("3"));
    static final DocumentNumber DEPOSIT_NUMBER = DocumentNumber.of("INV", 2025, 1);
    static final DocumentNumber CREDIT_NOTE_NUMBER = DocumentNumber.of("CN", 2025, 1);
    static final LocalDate SIGNED_ON = LocalDate.of(2025, 4, 14);
    static final LocalDate DEPOSIT_DUE = LocalDate.of(2025, 4, 21);
    static final LocalDate SHIPPED_ON = LocalDate.of(2025, 5, 20);
    static final LocalDate RECEIVED_ON = LocalDate.of(2025, 4, 18);
    static final Instant ISSUED_AT = Instant.parse("2025-04-14T10:00:00Z");

    private BillingEvents() {}

    /** The 30 % deposit of the 1110.00 EUR lamp contract, 333.00, due in 7 days, with Nordic's 3 % commission. */
    static InvoiceIssued depositInvoiced() {
        return depositInvoiced(DEPOSIT_INVOICE, DEPOSIT_NUMBER, LAMP_CONTRACT, HAMBURG_IMPORTS, SIGNED_ON);
    }

    static InvoiceIssued depositInvoiced(
            InvoiceId id, DocumentNumber number, ContractId contract, CustomerId customer, LocalDate issuedOn) {
        var line = new InvoiceLine(
                "Deposit 30 % of contract",
                null, BigDecimal.ONE, UnitOfMeasure.of("LOT"), eur("333.00"), eur("333.00"));
        return new InvoiceIssued(
                id,
                number,
                InvoiceKind.DEPOSIT,
                contract,
                null,
                customer,
                ALICE,
                eur("0").currency(),
                List.of(line),
                eur("333.00"),
                eur("0.00"),
                eur("333.00"),
                THREE_PERCENT_TO_NORDIC,
                issuedOn,
                issuedOn.plusDays(7));
    }

    /** 60 desk lamps shipped at 9.50, 570.00, less 171.00 of the deposit: 399.00 due in 30 days; no commission. */
    static InvoiceIssued shipmentInvoiced() {
        var lamps = new InvoiceLine(
                "LAMP-DESK-01 desk lamp",
                ProductId.of("7d1e0f3a-0000-4000-8000-000000000001"),
                new BigDecimal("60"),
                UnitOfMeasure.of("PCS"),
                eur("9.50"),
                eur("570.00"));
        return new InvoiceIssued(
                SHIPMENT_INVOICE,
                DocumentNumber.of("INV", 2025, 2),
                InvoiceKind.SHIPMENT,
                LAMP_CONTRACT,
                LAMP_SHIPMENT,
                HAMBURG_IMPORTS,
                ALICE,
                eur("0").currency(),
                List.of(lamps),
                eur("570.00"),
                eur("171.00"),
                eur("399.00"),
                null,
                SHIPPED_ON,
                SHIPPED_ON.plusDays(30));
    }

    static Instant hoursLater(int hours) {
        return ISSUED_AT.plusSeconds(hours * 3600L);
    }

    static InvoicePaymentApplied paymentApplied(
            InvoiceId id, PaymentId payment, String applied, String outstandingAfter) {
        return new InvoicePaymentApplied(
                id, payment, LAMP_CONTRACT, HAMBURG_IMPORTS, eur(applied), eur(outstandingAfter), RECEIVED_ON);
    }

    static InvoiceCredited credited(InvoiceId id, String amount, String outstandingAfter) {
        return new InvoiceCredited(
                id,
                CREDIT_NOTE_NUMBER,
                LAMP_CONTRACT,
                HAMBURG_IMPORTS,
                eur(amount),
                "two lamps arrived broken",
                eur(outstandingAfter),
                FINN,
                LocalDate.of(2025, 4, 25));
    }

    static InvoiceSettled settled(InvoiceId id, LocalDate on) {
        return new InvoiceSettled(id, LAMP_CONTRACT, on);
    }

    static InvoiceCancelled cancelled(InvoiceId id) {
        return new InvoiceCancelled(id, LAMP_CONTRACT, HAMBURG_IMPORTS, "the contract was cancelled");
    }

    static DunningReminderIssued reminded(InvoiceId id, int level, int daysOverdue, String outstanding) {
        return new DunningReminderIssued(
                id, HAMBURG_IMPORTS, level, daysOverdue, eur(outstanding), DEPOSIT_DUE.plusDays(daysOverdue));
    }

    static CommissionAccrued commissionAccrued(InvoiceId id, PaymentId payment, String collected, String commission) {
        return new CommissionAccrued(
                id, LAMP_CONTRACT, payment, NORDIC, THREE_PERCENT_TO_NORDIC.rate(), eur(collected), eur(commission));
    }

    static CommissionClawedBack commissionClawedBack(InvoiceId id, String credited, String commission) {
        return new CommissionClawedBack(
                id,
                LAMP_CONTRACT,
                CREDIT_NOTE_NUMBER,
                NORDIC,
                THREE_PERCENT_TO_NORDIC.rate(),
                eur(credited),
                eur(commission));
    }

    static CommissionPaid commissionPaid(InvoiceId id, String amount) {
        return new CommissionPaid(id, LAMP_CONTRACT, NORDIC, eur(amount), "NORDIC-2025-04", LocalDate.of(2025, 5, 2));
    }

    /** 500.00 EUR from Hamburg Imports, with the functional currency CNY at 7.8 yuan to the euro. */
    static PaymentReceived paymentReceived() {
        return paymentReceived(FIRST_PAYMENT, HAMBURG_IMPORTS, RECEIVED_ON);
    }

    static PaymentReceived paymentReceived(PaymentId id, CustomerId customer, LocalDate receivedOn) {
        return new PaymentReceived(
                id,
                customer,
                eur("500.00"),
                "DEUTDEFF-20250418-001",
                receivedOn,
                new BigDecimal("7.8"),
                Money.of("3900.00", "CNY"),
                FINN);
    }

    static PaymentAllocated allocated(PaymentId id, InvoiceId invoice, String amount) {
        return new PaymentAllocated(id, invoice, eur(amount), BigDecimal.ONE, eur(amount));
    }

    static CustomerCreditRecorded creditRecorded(PaymentId id, String amount) {
        return new CustomerCreditRecorded(id, HAMBURG_IMPORTS, eur(amount));
    }

    static Money eur(String amount) {
        return Money.of(amount, "EUR");
    }
}
