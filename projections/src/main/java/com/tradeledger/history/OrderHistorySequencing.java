package com.tradeledger.history;

import com.tradeledger.billing.InvoicePaymentApplied;
import com.tradeledger.contracting.ContractConcluded;
import com.tradeledger.receiving.GoodsReceived;
import com.tradeledger.receiving.GoodsReturned;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.async.SequencingPolicy;
import org.axonframework.eventhandling.async.SequentialPerAggregatePolicy;

/**
 * The order in which the order history's processor must handle events: each aggregate's events in order, as for
 * every projection, and each event that links a subject to a contract in the subject's sequence, after the
 * subject's earlier events. A contract's conclusion goes with its quote, a receipt or return with its purchase
 * order, a payment applied to an invoice with the payment. Register it for the processing group "order-history".
 */
public class OrderHistorySequencing implements SequencingPolicy<EventMessage<?>> {

    @Override
    public Object getSequenceIdentifierFor(EventMessage<?> message) {
        Object event = message.getPayload();
        if (event instanceof ContractConcluded concluded) {
            return concluded.quoteId().toString();
        }
        if (event instanceof GoodsReceived received) {
            return received.purchaseOrderId().toString();
        }
        if (event instanceof GoodsReturned returned) {
            return returned.purchaseOrderId().toString();
        }
        if (event instanceof InvoicePaymentApplied applied) {
            return applied.paymentId().toString();
        }
        return SequentialPerAggregatePolicy.instance().getSequenceIdentifierFor(message);
    }
}
