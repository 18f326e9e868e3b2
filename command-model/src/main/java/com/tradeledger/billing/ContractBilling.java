package com.tradeledger.billing;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.tradeledger.contracting.CommissionTerms;
import com.tradeledger.contracting.CompleteContract;
import com.tradeledger.contracting.ContractCancelled;
import com.tradeledger.contracting.ContractCompleted;
import com.tradeledger.contracting.ContractShipmentRecorded;
import com.tradeledger.contracting.ContractSigned;
import com.tradeledger.contracting.PaymentTerms;
import com.tradeledger.customers.CustomerId;
import com.tradeledger.shared.ContractId;
import com.tradeledger.shared.Money;
import com.tradeledger.shared.ShipmentId;
import com.tradeledger.shared.Username;
import com.tradeledger.shipping.ShipmentShipped;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.modelling.saga.EndSaga;
import org.axonframework.modelling.saga.SagaEventHandler;
import org.axonframework.modelling.saga.StartSaga;

/**
 * The billing of one signed contract (应收): it invoices the deposit the payment terms ask for on signing, invoices
 * each shipment less its share of that deposit (the shipment that completes the contract takes all that is left of
 * it), deducts only what the deposit invoice billed and did not take back by credit note or cancellation, and
 * completes the contract once every line is shipped and every invoice settled. A cancelled contract's unpaid deposit
 * invoice is cancelled with it. Invoice ids are derived from the contract and the shipment, so an event delivered
 * twice never bills twice; its state changes only once the invoice it asked for was issued, so an event whose
 * command failed is handled afresh when redelivered. Its fields are its stored state.
 */
@JsonAutoDetect(
        fieldVisibility = Visibility.ANY,
        getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE)
public class ContractBilling {

    private static final String CONTRACT = "contractId";

    private ContractId contractId;
    private CustomerId customerId;
    private Username salesperson;
    private Currency currency;
    private PaymentTerms terms;
    private CommissionTerms commission;
    private InvoiceId depositInvoice;
    private ContractDeposit deposit;
    private boolean depositPaidInto;
    private ContractQuantities quantities;
    private Set<InvoiceId> unsettled = new HashSet<>();
    private Set<ShipmentId> shipmentsRecorded = new HashSet<>();
    private Set<ShipmentId> shipmentsInvoiced = new HashSet<>();
    private boolean fullyShipped;
    private LocalDate lastShippedOn;

    /** The deposit invoice of a contract: one per contract, whatever redelivers its signing. */
    static InvoiceId depositInvoiceOf(ContractId contractId) {
        return derived("deposit:" + contractId);
    }

    /** The invoice of a shipment: one per shipment, whatever redelivers its shipping. */
    static InvoiceId shipmentInvoiceOf(ShipmentId shipmentId) {
        return derived("shipment:" + shipmentId);
    }

    @StartSaga
    @SagaEventHandler(associationProperty = CONTRACT)
    void on(ContractSigned event, CommandGateway commands) {
        if (contractId != null) {
            return;
        }
        Money depositBilled = Amounts.share(event.total(), event.paymentTerms().deposit());
        if (depositBilled.isPositive()) {
            commands.sendAndWait(BillingInvoices.deposit(event, depositBilled));
            depositInvoice = depositInvoiceOf(event.contractId());
            unsettled.add(depositInvoice);
        }
        deposit = ContractDeposit.billed(depositBilled);
        contractId = event.contractId();
        customerId = event.customerId();
        salesperson = event.salesperson();
        currency = event.currency();
        terms = event.paymentTerms();
        commission = event.commission();
        quantities = ContractQuantities.of(event.lines());
    }

    @SagaEventHandler(associationProperty = CONTRACT)
    void on(ShipmentShipped event, CommandGateway commands) {
        if (shipmentsInvoiced.contains(event.shipmentId())) {
            return;
        }
        ContractQuantities after = quantities.shipping(event.lines());
        Money deduction = deposit.toDeduct(event.goodsValue(), terms.deposit(), after.everyLineShipped());
        commands.sendAndWait(BillingInvoices.shipment(this, event, deduction));
        shipmentsInvoiced.add(event.shipmentId());
        quantities = after;
        deposit = deposit.deducting(deduction);
        unsettled.add(shipmentInvoiceOf(event.shipmentId()));
        if (lastShippedOn == null || event.shippedOn().isAfter(lastShippedOn)) {
            lastShippedOn = event.shippedOn();
        }
    }

    @SagaEventHandler(associationProperty = CONTRACT)
    void on(ContractShipmentRecorded event, CommandGateway commands) {
        shipmentsRecorded.add(event.shipmentId());
        fullyShipped = fullyShipped || event.fullyShipped();
        completeIfDone(commands, lastShippedOn);
    }

    @SagaEventHandler(associationProperty = CONTRACT)
    void on(InvoiceIssued event) {
        unsettled.add(event.invoiceId());
    }

    @SagaEventHandler(associationProperty = CONTRACT)
    void on(InvoicePaymentApplied event) {
        depositPaidInto = depositPaidInto || event.invoiceId().equals(depositInvoice);
    }

    /** A credit note on the deposit invoice takes that much of the deposit back: it is no longer deducted. */
    @SagaEventHandler(associationProperty = CONTRACT)
    void on(InvoiceCredited event) {
        if (event.invoiceId().equals(depositInvoice)) {
            deposit = deposit.credited(event.amount());
        }
    }

    @SagaEventHandler(associationProperty = CONTRACT)
    void on(InvoiceSettled event, CommandGateway commands) {
        unsettled.remove(event.invoiceId());
        completeIfDone(commands, event.settledOn());
    }

    @SagaEventHandler(associationProperty = CONTRACT)
    void on(InvoiceCancelled event, @Timestamp Instant cancelledAt, CommandGateway commands) {
        if (event.invoiceId().equals(depositInvoice)) {
            deposit = deposit.cancelled();
        }
        unsettled.remove(event.invoiceId());
        completeIfDone(commands, LocalDate.ofInstant(cancelledAt, ZoneOffset.UTC));
    }

    @EndSaga
    @SagaEventHandler(associationProperty = CONTRACT)
    void on(ContractCancelled event, CommandGateway commands) {
        if (depositInvoice != null && unsettled.contains(depositInvoice) && !depositPaidInto) {
            commands.send(new CancelInvoice(depositInvoice, "contract cancelled: " + event.reason(), null));
        }
    }

    @EndSaga
    @SagaEventHandler(associationProperty = CONTRACT)
    void on(ContractCompleted event) {
        // The contract is closed: nothing is left to bill.
    }

    ContractId contractId() {
        return contractId;
    }

    CustomerId customerId() {
        return customerId;
    }

    Username salesperson() {
        return salesperson;
    }

    Currency currency() {
        return currency;
    }

    PaymentTerms terms() {
        return terms;
    }

    CommissionTerms commission() {
        return commission;
    }

    private void completeIfDone(CommandGateway commands, LocalDate on) {
        if (fullyShipped && unsettled.isEmpty() && shipmentsInvoiced.containsAll(shipmentsRecorded)) {
            commands.send(new CompleteContract(contractId, on));
        }
    }

    private static InvoiceId derived(String name) {
        return new InvoiceId(UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)));
    }
}
