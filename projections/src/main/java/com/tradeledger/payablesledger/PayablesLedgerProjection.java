package com.tradeledger.payablesledger;

import com.tradeledger.payables.SupplierBillApproved;
import com.tradeledger.payables.SupplierBillHeld;
import com.tradeledger.payables.SupplierBillMatched;
import com.tradeledger.payables.SupplierBillPaid;
import com.tradeledger.payables.SupplierBillRecorded;
import com.tradeledger.purchasing.SupplierChanged;
import com.tradeledger.purchasing.SupplierRegistered;
import com.tradeledger.shared.EventStamp;
import java.time.Instant;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.stereotype.Component;

/**
 * Builds the payables ledger (应付帐款) from the supplier bill's events (recorded, matched or held, approved, paid) and
 * the supplier's (registered, changed). Each row is guarded by its aggregate's sequence number, so replaying gives
 * the same rows; the rates to the functional currency come from the exchange-rates projection.
 */
@Component
@ProcessingGroup("payables-ledger")
public class PayablesLedgerProjection {

    private final PayablesLedger bills;
    private final PayableSuppliers suppliers;

    public PayablesLedgerProjection(PayablesLedger bills, PayableSuppliers suppliers) {
        this.bills = bills;
        this.suppliers = suppliers;
    }

    @EventHandler
    public void on(SupplierRegistered event, @SequenceNumber long sequence, @Timestamp Instant at) {
        suppliers.registered(event, new EventStamp(sequence, at));
    }

    @EventHandler
    public void on(SupplierChanged event, @SequenceNumber long sequence, @Timestamp Instant at) {
        suppliers.changed(event, new EventStamp(sequence, at));
    }

    @EventHandler
    public void on(SupplierBillRecorded event, @SequenceNumber long sequence, @Timestamp Instant at) {
        bills.recorded(event, new EventStamp(sequence, at));
    }

    @EventHandler
    public void on(SupplierBillMatched event, @SequenceNumber long sequence, @Timestamp Instant at) {
        bills.matched(event, new EventStamp(sequence, at));
    }

    @EventHandler
    public void on(SupplierBillHeld event, @SequenceNumber long sequence, @Timestamp Instant at) {
        bills.held(event, new EventStamp(sequence, at));
    }

    @EventHandler
    public void on(SupplierBillApproved event, @SequenceNumber long sequence, @Timestamp Instant at) {
        bills.approved(event, new EventStamp(sequence, at));
    }

    @EventHandler
    public void on(SupplierBillPaid event, @SequenceNumber long sequence, @Timestamp Instant at) {
        bills.paid(event, new EventStamp(sequence, at));
    }

    @ResetHandler
    public void reset() {
        bills.clear();
        suppliers.clear();
    }
}
