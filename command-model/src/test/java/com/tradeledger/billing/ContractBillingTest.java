package com.tradeledger.billing;

import static com.tradeledger.billing.Billing.ACME;
import static com.tradeledger.billing.Billing.ALICE;
import static com.tradeledger.billing.Billing.BRACKET;
import static com.tradeledger.billing.Billing.COMMISSION;
import static com.tradeledger.billing.Billing.CONTRACT;
import static com.tradeledger.billing.Billing.PCS;
import static com.tradeledger.billing.Billing.USD;
import static com.tradeledger.billing.Billing.usd;

import com.tradeledger.contracting.BalanceTerms;
import com.tradeledger.contracting.CompleteContract;
import com.tradeledger.contracting.ContractCancelled;
import com.tradeledger.contracting.ContractCompleted;
import com.tradeledger.contracting.ContractShipmentRecorded;
import com.tradeledger.contracting.ContractSigned;
import com.tradeledger.contracting.PaymentTerms;
import com.tradeledger.contracting.ShippedQuantity;
import com.tradeledger.products.Sku;
import com.tradeledger.shared.Money;
import com.tradeledger.shared.Percentage;
import com.tradeledger.shared.ShipmentId;
import com.tradeledger.shared.Username;
import com.tradeledger.shipping.ShipmentLine;
import com.tradeledger.shipping.ShipmentShipped;
import com.tradeledger.stock.WarehouseCode;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.test.saga.SagaTestFixture;
import org.junit.jupiter.api.Test;

/**
 * The billing process of CONTRACT: USD 10,000.00 signed on 15 June 2026 by ACME, 30 % deposit due in 7 days, the
 * balance 30 days after each shipment, 5 % commission to AGT-01.
 */
class ContractBillingTest {

    private static final String CONTRACT_KEY = "contractId";
    private static final LocalDate SIGNED_ON = LocalDate.of(2026, 6, 15);
    private static final ShipmentId FIRST = ShipmentId.of("05000000-0000-4000-8000-000000000001");
    private static final ShipmentId SECOND = ShipmentId.of("05000000-0000-4000-8000-000000000002");
    private static final LocalDate FIRST_SHIPPED_ON = LocalDate.of(2026, 7, 1);
    private static final LocalDate SECOND_SHIPPED_ON = LocalDate.of(2026, 8, 3);
    private static final InvoiceId DEPOSIT_INVOICE = ContractBilling.depositInvoiceOf(CONTRACT);
    private static final InvoiceId FIRST_INVOICE = ContractBilling.shipmentInvoiceOf(FIRST);
    private static final InvoiceId SECOND_INVOICE = ContractBilling.shipmentInvoiceOf(SECOND);
    private static final PaymentTerms THIRTY_PERCENT_DEPOSIT =
            new PaymentTerms(Percentage.of("30"), 7, BalanceTerms.AFTER_SHIPMENT, 30);
    private static final PaymentTerms NO_DEPOSIT =
            new PaymentTerms(Percentage.ZERO, 0, BalanceTerms.AFTER_SHIPMENT, 30);

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
    void deducts_no_more_deposit_than_is_left_to_deduct() {
        fixture.givenAggregate(CONTRACT.toString())
                .published(signed(THIRTY_PERCENT_DEPOSIT))
                .andThenAggregate(FIRST.toString())
                .published(shipped(FIRST, "800", FIRST_SHIPPED_ON))
                .whenAggregate(SECOND.toString())
                .publishes(shipped(SECOND, "400", SECOND_SHIPPED_ON))
                .expectDispatchedCommands(shipmentInvoice(SECOND, "400", SECOND_SHIPPED_ON, usd("600.00")));
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
    void completes_on_the_day_an_unpaid_invoice_of_a_fully_shipped_contract_is_cancelled() {
        fixture.givenCurrentTime(Instant.parse("2026-08-20T10:00:00Z"))
                .andThenAggregate(CONTRACT.toString())
                .published(signed(NO_DEPOSIT))
                .andThenAggregate(FIRST.toString())
                .published(shipped(FIRST, "1000", FIRST_SHIPPED_ON))
                .andThenAggregate(CONTRACT.toString())
                .published(recorded(FIRST, true))
                .whenAggregate(FIRST_INVOICE.toString())
                .publishes(new InvoiceCancelled(FIRST_INVOICE, CONTRACT, ACME, "billed twice by mistake"))
                .expectDispatchedCommands(new CompleteContract(CONTRACT, LocalDate.of(2026, 8, 20)));
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

    private static ContractSigned signed(PaymentTerms terms) {
        return new ContractSigned(
                CONTRACT,
                ACME,
                ALICE,
                USD,
                List.of(),
                usd("10000.00"),
                terms,
                COMMISSION,
                usd("0.00"),
                null,
                Username.of("carol"),
                SIGNED_ON);
    }

    /** {@code quantity} BRACKETs at USD 10.00 net. */
    private static ShipmentShipped shipped(ShipmentId shipmentId, String quantity, LocalDate shippedOn) {
        return new ShipmentShipped(
                shipmentId,
                CONTRACT,
                ACME,
                WarehouseCode.of("NGB-1"),
                List.of(line(quantity)),
                goodsOf(quantity),
                Username.of("wang"),
                shippedOn);
    }

    private static ShipmentLine line(String quantity) {
        return new ShipmentLine(
                1,
                BRACKET,
                Sku.of("BRK-200"),
                new BigDecimal(quantity),
                PCS,
                new BigDecimal(quantity),
                PCS,
                usd("10.00"),
                goodsOf(quantity));
    }

    private static Money goodsOf(String quantity) {
        return usd("10.00").times(new BigDecimal(quantity)).rounded();
    }

    private static IssueInvoice shipmentInvoice(
            ShipmentId shipmentId, String quantity, LocalDate shippedOn, Money depositApplied) {
        return new IssueInvoice(
                ContractBilling.shipmentInvoiceOf(shipmentId),
                InvoiceKind.SHIPMENT,
                CONTRACT,
                shipmentId,
                ACME,
                ALICE,
                USD,
                List.of(new InvoiceLine(
                        "BRK-200, contract line 1",
                        BRACKET,
                        new BigDecimal(quantity),
                        PCS,
                        usd("10.00"),
                        goodsOf(quantity))),
                depositApplied,
                COMMISSION,
                shippedOn,
                shippedOn.plusDays(30));
    }

    private static ContractShipmentRecorded recorded(ShipmentId shipmentId, boolean fullyShipped) {
        return new ContractShipmentRecorded(
                CONTRACT, shipmentId, List.of(new ShippedQuantity(1, new BigDecimal("1000"))), fullyShipped);
    }

    private static InvoiceSettled settled(InvoiceId invoiceId, LocalDate on) {
        return new InvoiceSettled(invoiceId, CONTRACT, on);
    }

    private static ContractCancelled cancelledContract() {
        return new ContractCancelled(CONTRACT, Username.of("carol"), "customer withdrew", SIGNED_ON.plusDays(10));
    }
}
