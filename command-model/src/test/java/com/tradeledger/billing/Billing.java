package com.tradeledger.billing;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.instanceOf;

import com.tradeledger.contracting.AgentCode;
import com.tradeledger.contracting.CommissionTerms;
import com.tradeledger.customers.CustomerId;
import com.tradeledger.products.ProductId;
import com.tradeledger.shared.BusinessRuleViolation;
import com.tradeledger.shared.ContractId;
import com.tradeledger.shared.Money;
import com.tradeledger.shared.Percentage;
import com.tradeledger.shared.ShipmentId;
import com.tradeledger.shared.UnitOfMeasure;
import com.tradeledger.shared.Username;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.hamcrest.FeatureMatcher;
import org.hamcrest.Matcher;

/**
 * Invoices for tests: INVOICE bills ACME (owned by alice) in USD for shipment SHIPMENT of contract CONTRACT, 100
 * BRACKETs at USD 12.00, issued on 1 July 2026 and due on 31 July 2026, as INV-2026-000001, with 5 % commission to
 * agent AGT-01. Every value is fixed so that a failing test prints the same thing every time.
 */
final class Billing {

    static final InvoiceId INVOICE = InvoiceId.of("0e000000-0000-4000-8000-000000000001");
    static final InvoiceId OTHER_INVOICE = InvoiceId.of("0e000000-0000-4000-8000-000000000002");
    static final ContractId CONTRACT = ContractId.of("0c000000-0000-4000-8000-000000000001");
    static final ShipmentId SHIPMENT = ShipmentId.of("05000000-0000-4000-8000-000000000001");
    static final CustomerId ACME = CustomerId.of("0a000000-0000-4000-8000-000000000001");
    static final CustomerId GLOBEX = CustomerId.of("0a000000-0000-4000-8000-000000000002");
    static final PaymentId PAYMENT = PaymentId.of("0f000000-0000-4000-8000-000000000001");
    static final ProductId BRACKET = ProductId.of("0b000000-0000-4000-8000-000000000001");
    static final Username ALICE = Username.of("alice");
    static final Username FRANK = Username.of("frank");
    static final UnitOfMeasure PCS = UnitOfMeasure.of("PCS");
    static final Currency USD = Currency.getInstance("USD");
    static final Currency EUR = Currency.getInstance("EUR");
    static final AgentCode AGENT = AgentCode.of("AGT-01");
    static final Percentage FIVE_PERCENT = Percentage.of("5");
    static final CommissionTerms COMMISSION = new CommissionTerms(AGENT, FIVE_PERCENT);
    static final LocalDate ISSUED_ON = LocalDate.of(2026, 7, 1);
    static final LocalDate DUE_ON = LocalDate.of(2026, 7, 31);
    static final Instant ISSUED_AT = Instant.parse("2026-07-01T09:00:00Z");
    static final DocumentNumber NUMBER = new DocumentNumber("INV-2026-000001");
    static final DocumentNumber CREDIT_NOTE = new DocumentNumber("CN-2026-000001");
    static final String DUNNING_DEADLINE = "invoice-dunning";

    private Billing() {}

    static Money usd(String amount) {
        return Money.of(amount, "USD");
    }

    static Money eur(String amount) {
        return Money.of(amount, "EUR");
    }

    /** A fixture for the invoice aggregate with these numbers and receivables, and the standard dunning policy. */
    static FixtureConfiguration<Invoice> fixture(DocumentNumbers numbers, Receivables receivables) {
        return fixture(numbers, receivables, DunningPolicy.standard());
    }

    static FixtureConfiguration<Invoice> fixture(
            DocumentNumbers numbers, Receivables receivables, DunningPolicy dunning) {
        FixtureConfiguration<Invoice> fixture = new AggregateTestFixture<>(Invoice.class);
        fixture.registerInjectableResource(numbers);
        fixture.registerInjectableResource(receivables);
        fixture.registerInjectableResource(dunning);
        return fixture;
    }

    /** 100 BRACKETs at USD 12.00: USD 1,200.00. */
    static InvoiceLine bracketLine() {
        return bracketLine("100", usd("1200.00"));
    }

    static InvoiceLine bracketLine(String quantity, Money total) {
        return new InvoiceLine("BRK-200, contract line 1", BRACKET, new BigDecimal(quantity), PCS, usd("12.00"), total);
    }

    /** Issue INVOICE for the shipment's one line, with nothing deducted. */
    static IssueInvoice issue() {
        return issue(List.of(bracketLine()), usd("0.00"), DUE_ON);
    }

    /** Issue INVOICE as the contract's deposit invoice of USD 1,200.00. */
    static IssueInvoice issueDeposit() {
        return new IssueInvoice(
                INVOICE,
                InvoiceKind.DEPOSIT,
                CONTRACT,
                null,
                ACME,
                ALICE,
                USD,
                List.of(depositLine()),
                usd("0.00"),
                COMMISSION,
                ISSUED_ON,
                DUE_ON);
    }

    /** INVOICE issued as {@link #issueDeposit()} asks. */
    static InvoiceIssued depositIssued() {
        return new InvoiceIssued(
                INVOICE,
                NUMBER,
                InvoiceKind.DEPOSIT,
                CONTRACT,
                null,
                ACME,
                ALICE,
                USD,
                List.of(depositLine()),
                usd("1200.00"),
                usd("0.00"),
                usd("1200.00"),
                COMMISSION,
                ISSUED_ON,
                DUE_ON);
    }

    private static InvoiceLine depositLine() {
        return new InvoiceLine(
                "Deposit 30 % of contract " + CONTRACT, null, BigDecimal.ONE, null, usd("1200.00"), usd("1200.00"));
    }

    static IssueInvoice issue(List<InvoiceLine> lines, Money depositApplied, LocalDate dueOn) {
        return new IssueInvoice(
                INVOICE,
                InvoiceKind.SHIPMENT,
                CONTRACT,
                SHIPMENT,
                ACME,
                ALICE,
                USD,
                lines,
                depositApplied,
                COMMISSION,
                ISSUED_ON,
                dueOn);
    }

    /** INVOICE issued for USD 1,200.00 with 5 % commission. */
    static InvoiceIssued issued() {
        return issued(NUMBER, usd("0.00"), usd("1200.00"), COMMISSION);
    }

    static InvoiceIssued issuedWithoutCommission() {
        return issued(NUMBER, usd("0.00"), usd("1200.00"), null);
    }

    /** INVOICE issued as {@link #issue()} asks: its one line of USD 1,200.00, less the deposit applied. */
    static InvoiceIssued issued(DocumentNumber number, Money depositApplied, Money total, CommissionTerms terms) {
        return new InvoiceIssued(
                INVOICE,
                number,
                InvoiceKind.SHIPMENT,
                CONTRACT,
                SHIPMENT,
                ACME,
                ALICE,
                USD,
                List.of(bracketLine()),
                usd("1200.00"),
                depositApplied,
                total,
                terms,
                ISSUED_ON,
                DUE_ON);
    }

    /** Another invoice of the contract, of one line worth {@code goodsTotal}, in that currency. */
    static InvoiceIssued issued(InvoiceId invoiceId, Money goodsTotal, Money depositApplied, CommissionTerms terms) {
        return new InvoiceIssued(
                invoiceId,
                NUMBER,
                InvoiceKind.SHIPMENT,
                CONTRACT,
                SHIPMENT,
                ACME,
                ALICE,
                goodsTotal.currency(),
                List.of(new InvoiceLine(
                        "BRK-200, contract line 1", BRACKET, BigDecimal.ONE, PCS, goodsTotal, goodsTotal)),
                goodsTotal,
                depositApplied,
                goodsTotal.minus(depositApplied),
                terms,
                ISSUED_ON,
                DUE_ON);
    }

    static InvoicePaymentApplied paymentApplied(Money applied, Money outstandingAfter) {
        return new InvoicePaymentApplied(INVOICE, PAYMENT, CONTRACT, ACME, applied, outstandingAfter, DUE_ON);
    }

    static CommissionAccrued accrued(Money collected, Money commission) {
        return new CommissionAccrued(INVOICE, CONTRACT, PAYMENT, AGENT, FIVE_PERCENT, collected, commission);
    }

    static CommissionClawedBack clawedBack(Money credited, Money commission) {
        return new CommissionClawedBack(INVOICE, CONTRACT, CREDIT_NOTE, AGENT, FIVE_PERCENT, credited, commission);
    }

    static InvoiceCredited credited(Money amount, Money outstandingAfter) {
        return new InvoiceCredited(
                INVOICE,
                CREDIT_NOTE,
                CONTRACT,
                ACME,
                amount,
                "damaged in transit",
                outstandingAfter,
                FRANK,
                LocalDate.of(2026, 7, 10));
    }

    static CreditInvoice credit(Money amount) {
        return new CreditInvoice(INVOICE, amount, "damaged in transit", FRANK, LocalDate.of(2026, 7, 10), null);
    }

    static CustomerRefundDue refundDue(Money amount) {
        return new CustomerRefundDue(INVOICE, ACME, CREDIT_NOTE, amount);
    }

    static InvoiceSettled settled(LocalDate on) {
        return new InvoiceSettled(INVOICE, CONTRACT, on);
    }

    static InvoiceCancelled cancelled() {
        return new InvoiceCancelled(INVOICE, CONTRACT, ACME, "contract cancelled");
    }

    static DunningReminderIssued reminder(int level, int daysOverdue, Money outstanding) {
        return new DunningReminderIssued(INVOICE, ACME, level, daysOverdue, outstanding, DUE_ON.plusDays(daysOverdue));
    }

    /** The command was refused by the rule of that type, under that stable error code. */
    static Matcher<Object> refusedBy(Class<? extends BusinessRuleViolation> rule, String code) {
        return allOf(instanceOf(rule), new FeatureMatcher<Object, String>(equalTo(code), "error code", "code") {
            @Override
            protected String featureValueOf(Object actual) {
                return actual instanceof BusinessRuleViolation violation ? violation.code() : null;
            }
        });
    }
}
