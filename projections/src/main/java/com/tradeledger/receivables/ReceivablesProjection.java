package com.tradeledger.receivables;

import com.tradeledger.billing.DunningReminderIssued;
import com.tradeledger.billing.InvoiceCancelled;
import com.tradeledger.billing.InvoiceCredited;
import com.tradeledger.billing.InvoiceIssued;
import com.tradeledger.billing.InvoicePaymentApplied;
import com.tradeledger.billing.InvoiceSettled;
import com.tradeledger.customers.CustomerHandedOver;
import com.tradeledger.customers.CustomerMerged;
import com.tradeledger.customers.CustomerRegistered;
import com.tradeledger.shared.EventStamp;
import java.time.Instant;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.stereotype.Component;

/**
 * Builds the receivables ledger (应收帐款) from the invoice's own events (issued, paid, credited, settled, cancelled,
 * reminded) and the customer's (registered, handed over, merged). The invoice's events carry every amount in its
 * currency, so the payments' own events are not needed; the rates to the functional currency come from the
 * exchange-rates projection. Each row is guarded by its aggregate's sequence number, so replaying gives the same rows.
 */
@Component
@ProcessingGroup("receivables")
public class ReceivablesProjection {

    private final ReceivablesLedger invoices;
    private final ReceivableCustomers customers;

    public ReceivablesProjection(ReceivablesLedger invoices, ReceivableCustomers customers) {
        this.invoices = invoices;
        this.customers = customers;
    }

    @EventHandler
    public void on(CustomerRegistered event, @SequenceNumber long sequence, @Timestamp Instant at) {
        customers.registered(event, new EventStamp(sequence, at));
    }

    @EventHandler
    public void on(CustomerHandedOver event, @SequenceNumber long sequence, @Timestamp Instant at) {
        customers.handedOver(event, new EventStamp(sequence, at));
    }

    @EventHandler
    public void on(CustomerMerged event, @SequenceNumber long sequence, @Timestamp Instant at) {
        customers.merged(event, new EventStamp(sequence, at));
    }

    @EventHandler
    public void on(InvoiceIssued event, @SequenceNumber long sequence, @Timestamp Instant at) {
        invoices.issued(event, new EventStamp(sequence, at));
    }

    @EventHandler
    public void on(InvoicePaymentApplied event, @SequenceNumber long sequence, @Timestamp Instant at) {
        invoices.paid(event, new EventStamp(sequence, at));
    }

    @EventHandler
    public void on(InvoiceCredited event, @SequenceNumber long sequence, @Timestamp Instant at) {
        invoices.credited(event, new EventStamp(sequence, at));
    }

    @EventHandler
    public void on(InvoiceSettled event, @SequenceNumber long sequence, @Timestamp Instant at) {
        invoices.settled(event, new EventStamp(sequence, at));
    }

    @EventHandler
    public void on(InvoiceCancelled event, @SequenceNumber long sequence, @Timestamp Instant at) {
        invoices.cancelled(event, new EventStamp(sequence, at));
    }

    @EventHandler
    public void on(DunningReminderIssued event, @SequenceNumber long sequence, @Timestamp Instant at) {
        invoices.reminded(event, new EventStamp(sequence, at));
    }

    @ResetHandler
    public void reset() {
        invoices.clear();
        customers.clear();
    }
}
