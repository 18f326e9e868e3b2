package com.tradeledger.billing;

import static com.tradeledger.billing.Billing.CONTRACT;
import static com.tradeledger.billing.Billing.usd;
import static com.tradeledger.billing.BillingProcess.DEPOSIT_INVOICE;
import static com.tradeledger.billing.BillingProcess.FIRST;
import static com.tradeledger.billing.BillingProcess.FIRST_INVOICE;
import static com.tradeledger.billing.BillingProcess.FIRST_SHIPPED_ON;
import static com.tradeledger.billing.BillingProcess.HALF_DEPOSIT;
import static com.tradeledger.billing.BillingProcess.SECOND;
import static com.tradeledger.billing.BillingProcess.SECOND_SHIPPED_ON;
import static com.tradeledger.billing.BillingProcess.THIRD;
import static com.tradeledger.billing.BillingProcess.THIRD_SHIPPED_ON;
import static com.tradeledger.billing.BillingProcess.THIRTY_PERCENT_DEPOSIT;
import static com.tradeledger.billing.BillingProcess.contractLine;
import static com.tradeledger.billing.BillingProcess.credited;
import static com.tradeledger.billing.BillingProcess.depositCancelled;
import static com.tradeledger.billing.BillingProcess.shipmentInvoice;
import static com.tradeledger.billing.BillingProcess.shipmentLine;
import static com.tradeledger.billing.BillingProcess.shipped;
import static com.tradeledger.billing.BillingProcess.signed;

import com.tradeledger.contracting.ContractSigned;
import com.tradeledger.shipping.ShipmentShipped;
import org.axonframework.test.saga.SagaTestFixture;
import org.junit.jupiter.api.Test;

/**
 * The deposit the billing process deducts from shipment invoices: only what the deposit invoice billed and did not
 * take back, a share per shipment, and all that is left on the shipment that completes the contract.
 */
class ContractBillingDepositTest {

    private final SagaTestFixture<ContractBilling> fixture = new SagaTestFixture<>(ContractBilling.class);

    @Test
    void deducts_nothing_once_the_deposit_invoice_was_cancelled() {
        fixture.givenAggregate(CONTRACT.toString())
                .published(signed(THIRTY_PERCENT_DEPOSIT))
                .andThenAggregate(DEPOSIT_INVOICE.toString())
                .published(depositCancelled())
                .whenAggregate(FIRST.toString())
                .publishes(shipped(FIRST, "400", FIRST_SHIPPED_ON))
                .expectDispatchedCommands(shipmentInvoice(FIRST, "400", FIRST_SHIPPED_ON, usd("0.00")));
    }

    @Test
    void deducts_no_more_than_a_credit_note_left_of_the_deposit() {
        fixture.givenAggregate(CONTRACT.toString())
                .published(signed(THIRTY_PERCENT_DEPOSIT))
                .andThenAggregate(DEPOSIT_INVOICE.toString())
                .published(credited(DEPOSIT_INVOICE, usd("1000.00"), usd("2000.00")))
                .whenAggregate(FIRST.toString())
                .publishes(shipped(FIRST, "800", FIRST_SHIPPED_ON))
                .expectDispatchedCommands(shipmentInvoice(FIRST, "800", FIRST_SHIPPED_ON, usd("2000.00")));
    }

    @Test
    void deducts_nothing_once_shipments_and_credit_notes_took_the_whole_deposit() {
        fixture.givenAggregate(CONTRACT.toString())
                .published(signed(THIRTY_PERCENT_DEPOSIT))
                .andThenAggregate(FIRST.toString())
                .published(shipped(FIRST, "400", FIRST_SHIPPED_ON))
                .andThenAggregate(DEPOSIT_INVOICE.toString())
                .published(credited(DEPOSIT_INVOICE, usd("2500.00"), usd("500.00")))
                .whenAggregate(SECOND.toString())
                .publishes(shipped(SECOND, "200", SECOND_SHIPPED_ON))
                .expectDispatchedCommands(shipmentInvoice(SECOND, "200", SECOND_SHIPPED_ON, usd("0.00")));
    }

    @Test
    void leaves_the_deposit_as_it_was_when_a_shipment_invoice_is_credited() {
        fixture.givenAggregate(CONTRACT.toString())
                .published(signed(THIRTY_PERCENT_DEPOSIT))
                .andThenAggregate(FIRST.toString())
                .published(shipped(FIRST, "400", FIRST_SHIPPED_ON))
                .andThenAggregate(FIRST_INVOICE.toString())
                .published(credited(FIRST_INVOICE, usd("500.00"), usd("2300.00")))
                .whenAggregate(SECOND.toString())
                .publishes(shipped(SECOND, "400", SECOND_SHIPPED_ON))
                .expectDispatchedCommands(shipmentInvoice(SECOND, "400", SECOND_SHIPPED_ON, usd("1200.00")));
    }

    /** 3 BRACKETs at USD 10.01: a deposit of USD 9.01, while each shipment's rounded share is USD 3.00. */
    @Test
    void the_shipment_that_completes_the_contract_deducts_all_that_is_left_of_the_deposit() {
        ContractSigned signed = signed(THIRTY_PERCENT_DEPOSIT, contractLine(1, "3", usd("10.01")));
        ShipmentShipped last = shipped(THIRD, THIRD_SHIPPED_ON, shipmentLine(1, "1", usd("10.01")));

        fixture.givenAggregate(CONTRACT.toString())
                .published(signed)
                .andThenAggregate(FIRST.toString())
                .published(shipped(FIRST, FIRST_SHIPPED_ON, shipmentLine(1, "1", usd("10.01"))))
                .andThenAggregate(SECOND.toString())
                .published(shipped(SECOND, SECOND_SHIPPED_ON, shipmentLine(1, "1", usd("10.01"))))
                .whenAggregate(THIRD.toString())
                .publishes(last)
                .expectDispatchedCommands(shipmentInvoice(last, usd("3.01")));
    }

    @Test
    void a_shipment_completing_one_line_while_another_is_open_deducts_only_its_share() {
        ContractSigned signed =
                signed(THIRTY_PERCENT_DEPOSIT, contractLine(1, "3", usd("10.01")), contractLine(2, "1", usd("10.00")));
        ShipmentShipped firstLine = shipped(FIRST, FIRST_SHIPPED_ON, shipmentLine(1, "3", usd("10.01")));

        fixture.givenAggregate(CONTRACT.toString())
                .published(signed)
                .whenAggregate(FIRST.toString())
                .publishes(firstLine)
                .expectDispatchedCommands(shipmentInvoice(firstLine, usd("9.01")));
    }

    /** Three lines of one BRACKET at USD 0.01: a deposit of USD 0.02, while each share rounds to nothing. */
    @Test
    void the_shipment_that_completes_the_contract_deducts_no_more_than_its_goods() {
        ContractSigned signed = signed(
                HALF_DEPOSIT,
                contractLine(1, "1", usd("0.01")),
                contractLine(2, "1", usd("0.01")),
                contractLine(3, "1", usd("0.01")));
        ShipmentShipped last = shipped(THIRD, THIRD_SHIPPED_ON, shipmentLine(3, "1", usd("0.01")));

        fixture.givenAggregate(CONTRACT.toString())
                .published(signed)
                .andThenAggregate(FIRST.toString())
                .published(shipped(FIRST, FIRST_SHIPPED_ON, shipmentLine(1, "1", usd("0.01"))))
                .andThenAggregate(SECOND.toString())
                .published(shipped(SECOND, SECOND_SHIPPED_ON, shipmentLine(2, "1", usd("0.01"))))
                .whenAggregate(THIRD.toString())
                .publishes(last)
                .expectDispatchedCommands(shipmentInvoice(last, usd("0.01")));
    }
}
