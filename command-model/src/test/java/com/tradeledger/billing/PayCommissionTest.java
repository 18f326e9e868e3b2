package com.tradeledger.billing;

import static com.tradeledger.billing.Billing.AGENT;
import static com.tradeledger.billing.Billing.CONTRACT;
import static com.tradeledger.billing.Billing.INVOICE;
import static com.tradeledger.billing.Billing.accrued;
import static com.tradeledger.billing.Billing.clawedBack;
import static com.tradeledger.billing.Billing.credited;
import static com.tradeledger.billing.Billing.issued;
import static com.tradeledger.billing.Billing.issuedWithoutCommission;
import static com.tradeledger.billing.Billing.paymentApplied;
import static com.tradeledger.billing.Billing.refusedBy;
import static com.tradeledger.billing.Billing.usd;

import com.tradeledger.shared.MissingValue;
import com.tradeledger.shared.Money;
import java.time.LocalDate;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;

class PayCommissionTest {

    private static final LocalDate PAID_ON = LocalDate.of(2026, 8, 5);

    private final FixtureConfiguration<Invoice> fixture =
            Billing.fixture(new InMemoryDocumentNumbers(), new InMemoryReceivables());

    @Test
    void pays_the_agent_what_collections_earned() {
        fixture.given(issued(), paymentApplied(usd("600.00"), usd("600.00")), accrued(usd("600.00"), usd("30.00")))
                .when(pay())
                .expectEvents(paid(usd("30.00")));
    }

    @Test
    void pays_what_was_earned_less_what_credit_notes_took_back() {
        fixture.given(
                        issued(),
                        paymentApplied(usd("600.00"), usd("600.00")),
                        accrued(usd("600.00"), usd("30.00")),
                        credited(usd("200.00"), usd("400.00")),
                        clawedBack(usd("200.00"), usd("10.00")))
                .when(pay())
                .expectEvents(paid(usd("20.00")));
    }

    @Test
    void pays_only_what_was_earned_since_the_last_payment() {
        fixture.given(
                        issued(),
                        paymentApplied(usd("600.00"), usd("600.00")),
                        accrued(usd("600.00"), usd("30.00")),
                        paid(usd("30.00")),
                        paymentApplied(usd("200.00"), usd("400.00")),
                        accrued(usd("200.00"), usd("10.00")))
                .when(pay())
                .expectEvents(paid(usd("10.00")));
    }

    @Test
    void rejects_paying_before_anything_was_collected() {
        fixture.given(issued())
                .when(pay())
                .expectException(refusedBy(NoCommissionDue.class, "no-commission-due"))
                .expectNoEvents();
    }

    @Test
    void rejects_paying_commission_twice() {
        fixture.given(
                        issued(),
                        paymentApplied(usd("600.00"), usd("600.00")),
                        accrued(usd("600.00"), usd("30.00")),
                        paid(usd("30.00")))
                .when(pay())
                .expectException(refusedBy(NoCommissionDue.class, "no-commission-due"))
                .expectNoEvents();
    }

    @Test
    void rejects_paying_commission_on_an_invoice_without_commission_terms() {
        fixture.given(issuedWithoutCommission(), paymentApplied(usd("600.00"), usd("600.00")))
                .when(pay())
                .expectException(refusedBy(NoCommissionDue.class, "no-commission-due"))
                .expectNoEvents();
    }

    @Test
    void rejects_paying_without_a_reference() {
        fixture.given(issued(), paymentApplied(usd("600.00"), usd("600.00")), accrued(usd("600.00"), usd("30.00")))
                .when(new PayCommission(INVOICE, null, PAID_ON, null))
                .expectException(refusedBy(MissingValue.class, "missing-value"))
                .expectExceptionMessage("reference is required and was missing or blank")
                .expectNoEvents();
    }

    private static PayCommission pay() {
        return new PayCommission(INVOICE, "TT-20260805-01", PAID_ON, null);
    }

    private static CommissionPaid paid(Money amount) {
        return new CommissionPaid(INVOICE, CONTRACT, AGENT, amount, "TT-20260805-01", PAID_ON);
    }
}
