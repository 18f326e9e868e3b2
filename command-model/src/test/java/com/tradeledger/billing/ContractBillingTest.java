package com.tradeledger.billing;

import static com.tradeledger.billing.Billing.ACME;
import static com.tradeledger.billing.Billing.ALICE;
import static com.tradeledger.billing.Billing.COMMISSION;
import static com.tradeledger.billing.Billing.CONTRACT;
import static com.tradeledger.billing.Billing.USD;
import static com.tradeledger.billing.Billing.usd;
import static com.tradeledger.billing.BillingProcess.CONTRACT_KEY;
import static com.tradeledger.billing.BillingProcess.DEPOSIT_INVOICE;
import static com.tradeledger.billing.BillingProcess.FIRST;
import static com.tradeledger.billing.BillingProcess.FIRST_INVOICE;
import static com.tradeledger.billing.BillingProcess.FIRST_SHIPPED_ON;
import static com.tradeledger.billing.BillingProcess.NO_DEPOSIT;
import static com.tradeledger.billing.BillingProcess.SECOND;
import static com.tradeledger.billing.BillingProcess.SIGNED_ON;
import static com.tradeledger.billing.BillingProcess.THIRTY_PERCENT_DEPOSIT;
import static com.tradeledger.billing.BillingProcess.cancelledContract;
import static com.tradeledger.billing.BillingProcess.depositCancelled;
import static com.tradeledger.billing.BillingProcess.recorded;
import static com.tradeledger.billing.BillingProcess.settled;
import static com.tradeledger.billing.BillingProcess.shipmentInvoice;
import static com.tradeledger.billing.BillingProcess.shipped;
import static com.tradeledger.billing.BillingProcess.signed;

import com.tradeledger.contracting.CompleteContract;
import com.tradeledger.contracting.ContractCompleted;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.axonframework.test.saga.SagaTestFixture;
import org.junit.jupiter.api.Test;

/**
 * The billing process of CONTRACT: 1,000 BRACKETs for USD 10,000.00 signed on 15 June 2026 by ACME, 30 % deposit due
 * in 7 days (or none), the balance 30 days after each shipment, 5 % commission to AGT-01.
 */
class ContractBillingTest {

    private final SagaTestFixture<ContractBilling> fixture = new SagaTestFixture<>(ContractBilling.class);

    @Test
    void invoices_the_deposit_on_signing() {
        fixture.givenNoPriorActivity()
                .whenAggregate(CONTRACT.toString())
                .publishes(signed(THIRTY_PERCENT_DEPOSIT))
                .expectActiveSagas(1)
                .expectAssociationWith(CONTRACT_KEY, CONTRACT.toString())
                .expectDispatchedCommands(new IssueInvoice(
                        DEPOSIT_INVOICE,
                        InvoiceKind.DEPOSIT,
                        CONTRACT,
                        null,
                        ACME,
                        ALICE,
                        USD,
                        List.of(new InvoiceLine(
                                "Deposit 30 % of contract " + CONTRACT,
                                null,
                                BigDecimal.ONE,
                                null,
                                usd("3000.00"),
                                usd("3000.00"))),
                        usd("0.00"),
                        COMMISSION,
                        SIGNED_ON,
                        SIGNED_ON.plusDays(7)));
    }

    @Test
    void invoices_no_deposit_the_terms_do_not_ask_for() {
        fixture.givenNoPriorActivity()
                .whenAggregate(CONTRACT.toString())
                .publishes(signed(NO_DEPOSIT))
                .expectActiveSagas(1)
                .expectNoDispatchedCommands();
    }

    @Test
    void invoices_the_deposit_once_however_often_the_signing_is_delivered() {
        fixture.givenAggregate(CONTRACT.toString())
                .published(signed(THIRTY_PERCENT_DEPOSIT))
                .whenAggregate(CONTRACT.toString())
                .publishes(signed(THIRTY_PERCENT_DEPOSIT))
                .expectActiveSagas(1)
                .expectNoDispatchedCommands();
    }

    @Test
    void invoices_a_shipment_less_the_deposit_share_of_its_goods() {
        fixture.givenAggregate(CONTRACT.toString())
                .published(signed(THIRTY_PERCENT_DEPOSIT))
                .whenAggregate(FIRST.toString())
                .publishes(shipped(FIRST, "400", FIRST_SHIPPED_ON))
                .expectDispatchedCommands(shipmentInvoice(FIRST, "400", FIRST_SHIPPED_ON, usd("1200.00")));
    }

    @Test
    void deducts_nothing_when_no_deposit_was_invoiced() {
        fixture.givenAggregate(CONTRACT.toString())
                .published(signed(NO_DEPOSIT))
                .whenAggregate(FIRST.toString())
                .publishes(shipped(FIRST, "400", FIRST_SHIPPED_ON))
                .expectDispatchedCommands(shipmentInvoice(FIRST, "400", FIRST_SHIPPED_ON, usd("0.00")));
    }

    @Test
    void invoices_a_shipment_once_however_often_it_is_delivered() {
        fixture.givenAggregate(CONTRACT.toString())
                .published(signed(THIRTY_PERCENT_DEPOSIT))
                .andThenAggregate(FIRST.toString())
                .published(shipped(FIRST, "400", FIRST_SHIPPED_ON))
                .whenAggregate(FIRST.toString())
                .publishes(shipped(FIRST, "400", FIRST_SHIPPED_ON))
                .expectNoDispatchedCommands();
    }

    @Test
    void completes_the_contract_when_the_last_invoice_of_a_fully_shipped_contract_is_settled() {
        LocalDate settledOn = LocalDate.of(2026, 7, 28);
        fixture.givenAggregate(CONTRACT.toString())
                .published(signed(THIRTY_PERCENT_DEPOSIT))
                .andThenAggregate(DEPOSIT_INVOICE.toString())
                .published(settled(DEPOSIT_INVOICE, SIGNED_ON.plusDays(5)))
                .andThenAggregate(FIRST.toString())
                .published(shipped(FIRST, "1000", FIRST_SHIPPED_ON))
                .andThenAggregate(CONTRACT.toString())
                .published(recorded(FIRST, true))
                .whenAggregate(FIRST_INVOICE.toString())
                .publishes(settled(FIRST_INVOICE, settledOn))
                .expectDispatchedCommands(new CompleteContract(CONTRACT, settledOn));
    }

    @Test
    void completes_the_contract_when_it_is_fully_shipped_after_every_invoice_was_settled() {
        fixture.givenAggregate(CONTRACT.toString())
                .published(signed(NO_DEPOSIT))
                .andThenAggregate(FIRST.toString())
                .published(shipped(FIRST, "1000", FIRST_SHIPPED_ON))
                .andThenAggregate(FIRST_INVOICE.toString())
                .published(settled(FIRST_INVOICE, FIRST_SHIPPED_ON))
                .whenAggregate(CONTRACT.toString())
                .publishes(recorded(FIRST, true))
                .expectDispatchedCommands(new CompleteContract(CONTRACT, FIRST_SHIPPED_ON));
    }

    @Test
    void does_not_complete_while_an_invoice_is_unpaid() {
        fixture.givenAggregate(CONTRACT.toString())
                .published(signed(THIRTY_PERCENT_DEPOSIT))
                .andThenAggregate(FIRST.toString())
                .published(shipped(FIRST, "1000", FIRST_SHIPPED_ON))
                .andThenAggregate(FIRST_INVOICE.toString())
                .published(settled(FIRST_INVOICE, FIRST_SHIPPED_ON.plusDays(20)))
                .whenAggregate(CONTRACT.toString())
                .publishes(recorded(FIRST, true))
                .expectNoDispatchedCommands();
    }

    @Test
    void does_not_complete_while_something_is_left_to_ship() {
        fixture.givenAggregate(CONTRACT.toString())
                .published(signed(NO_DEPOSIT))
                .andThenAggregate(FIRST.toString())
                .published(shipped(FIRST, "400", FIRST_SHIPPED_ON))
                .andThenAggregate(CONTRACT.toString())
                .published(recorded(FIRST, false))
                .whenAggregate(FIRST_INVOICE.toString())
                .publishes(settled(FIRST_INVOICE, FIRST_SHIPPED_ON.plusDays(20)))
                .expectNoDispatchedCommands();
    }

    @Test
    void does_not_complete_before_the_last_shipment_is_invoiced() {
        fixture.givenAggregate(CONTRACT.toString())
                .published(signed(NO_DEPOSIT))
                .andThenAggregate(FIRST.toString())
                .published(shipped(FIRST, "400", FIRST_SHIPPED_ON))
                .andThenAggregate(FIRST_INVOICE.toString())
                .published(settled(FIRST_INVOICE, FIRST_SHIPPED_ON.plusDays(20)))
                .whenAggregate(CONTRACT.toString())
                .publishes(recorded(SECOND, true))
                .expectNoDispatchedCommands();
    }

    @Test
    void completes_on_the_day_the_unpaid_deposit_invoice_of_a_fully_shipped_and_paid_contract_is_cancelled() {
        fixture.givenCurrentTime(Instant.parse("2026-08-20T10:00:00Z"))
                .andThenAggregate(CONTRACT.toString())
                .published(signed(THIRTY_PERCENT_DEPOSIT))
                .andThenAggregate(FIRST.toString())
                .published(shipped(FIRST, "1000", FIRST_SHIPPED_ON))
                .andThenAggregate(FIRST_INVOICE.toString())
                .published(settled(FIRST_INVOICE, FIRST_SHIPPED_ON.plusDays(20)))
                .andThenAggregate(CONTRACT.toString())
                .published(recorded(FIRST, true))
                .whenAggregate(DEPOSIT_INVOICE.toString())
                .publishes(depositCancelled())
                .expectDispatchedCommands(new CompleteContract(CONTRACT, LocalDate.of(2026, 8, 20)));
    }

    @Test
    void invoices_the_deposit_when_the_signing_is_delivered_again_after_its_invoice_was_refused() {
        refuseTheFirstInvoiceOf(InvoiceKind.DEPOSIT);

        fixture.givenAggregate(CONTRACT.toString())
                .published(signed(THIRTY_PERCENT_DEPOSIT))
                .whenAggregate(CONTRACT.toString())
                .publishes(signed(THIRTY_PERCENT_DEPOSIT))
                .expectActiveSagas(1)
                .expectDispatchedCommands(BillingInvoices.deposit(signed(THIRTY_PERCENT_DEPOSIT), usd("3000.00")));
    }

    @Test
    void invoices_a_shipment_when_it_is_delivered_again_after_its_invoice_was_refused() {
        refuseTheFirstInvoiceOf(InvoiceKind.SHIPMENT);

        fixture.givenAggregate(CONTRACT.toString())
                .published(signed(THIRTY_PERCENT_DEPOSIT))
                .andThenAggregate(FIRST.toString())
                .published(shipped(FIRST, "400", FIRST_SHIPPED_ON))
                .whenAggregate(FIRST.toString())
                .publishes(shipped(FIRST, "400", FIRST_SHIPPED_ON))
                .expectDispatchedCommands(shipmentInvoice(FIRST, "400", FIRST_SHIPPED_ON, usd("1200.00")));
    }

    @Test
    void ends_when_the_contract_is_completed() {
        fixture.givenAggregate(CONTRACT.toString())
                .published(signed(NO_DEPOSIT))
                .whenAggregate(CONTRACT.toString())
                .publishes(new ContractCompleted(CONTRACT, LocalDate.of(2026, 8, 1)))
                .expectActiveSagas(0);
    }

    @Test
    void cancels_the_unpaid_deposit_invoice_of_a_cancelled_contract_and_ends() {
        fixture.givenAggregate(CONTRACT.toString())
                .published(signed(THIRTY_PERCENT_DEPOSIT))
                .whenAggregate(CONTRACT.toString())
                .publishes(cancelledContract())
                .expectDispatchedCommands(
                        new CancelInvoice(DEPOSIT_INVOICE, "contract cancelled: customer withdrew", null))
                .expectActiveSagas(0);
    }

    @Test
    void leaves_a_deposit_invoice_something_was_paid_on_when_the_contract_is_cancelled() {
        fixture.givenAggregate(CONTRACT.toString())
                .published(signed(THIRTY_PERCENT_DEPOSIT))
                .andThenAggregate(DEPOSIT_INVOICE.toString())
                .published(new InvoicePaymentApplied(
                        DEPOSIT_INVOICE,
                        Billing.PAYMENT,
                        CONTRACT,
                        ACME,
                        usd("1000.00"),
                        usd("2000.00"),
                        SIGNED_ON.plusDays(3)))
                .whenAggregate(CONTRACT.toString())
                .publishes(cancelledContract())
                .expectNoDispatchedCommands()
                .expectActiveSagas(0);
    }

    @Test
    void cancels_nothing_for_a_cancelled_contract_without_a_deposit() {
        fixture.givenAggregate(CONTRACT.toString())
                .published(signed(NO_DEPOSIT))
                .whenAggregate(CONTRACT.toString())
                .publishes(cancelledContract())
                .expectNoDispatchedCommands()
                .expectActiveSagas(0);
    }

    /** The first invoice of that kind the process asks for is refused, and the event's failure only logged. */
    private void refuseTheFirstInvoiceOf(InvoiceKind kind) {
        AtomicBoolean refused = new AtomicBoolean();
        fixture.suppressExceptionInGivenPhase(true);
        fixture.setCallbackBehavior((command, metaData) -> {
            if (command instanceof IssueInvoice issue && issue.kind() == kind && refused.compareAndSet(false, true)) {
                throw new IllegalStateException("the invoice could not be issued");
            }
            return null;
        });
    }
}
