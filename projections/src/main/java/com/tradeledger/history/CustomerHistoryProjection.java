package com.tradeledger.history;

import com.tradeledger.billing.InvoiceIssued;
import com.tradeledger.billing.PaymentReceived;
import com.tradeledger.contracting.ContractConcluded;
import com.tradeledger.customers.CustomerId;
import com.tradeledger.customers.CustomerMerged;
import com.tradeledger.customers.CustomerRegistered;
import com.tradeledger.quoting.QuoteDrafted;
import com.tradeledger.shipping.ShipmentPlanned;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.springframework.stereotype.Component;

/**
 * Builds each customer's history (客户历史) from every event of the customer and of its quotes, contracts, shipments,
 * invoices and payments: each such aggregate's first event names the customer, and every event of the aggregate is
 * entered under that customer at its global position. A merge (合并) is recorded so that the survivor's history
 * includes the duplicate's. Every link comes from the aggregate's own stream, so events of different aggregates may
 * be handled in any order; entries are keyed by position, so a redelivered event changes nothing.
 */
@Component
@ProcessingGroup("customer-history")
public class CustomerHistoryProjection {

    private final CustomerHistoryBook histories;
    private final EventSummaries summaries = EventSummaries.all();

    private final GlobalIndexes positions;

    public CustomerHistoryProjection(CustomerHistoryBook histories, GlobalIndexes positions) {
        this.histories = histories;
        this.positions = positions;
    }

    @EventHandler
    public void on(Object event, DomainEventMessage<?> message, TrackingToken token) {
        CustomerId customer = customerNamedBy(event);
        if (customer != null) {
            histories.belongsTo(message.getAggregateIdentifier(), customer);
        }
        if (event instanceof CustomerMerged merged) {
            histories.merge(merged.customerId(), merged.survivorId());
        }
        histories.record(HistoryEntries.of(message, positions.of(message, token), summaries.of(event)));
    }

    @ResetHandler
    public void reset() {
        histories.clearAll();
    }

    // The first event of each aggregate a customer's history follows, naming the customer.
    private static CustomerId customerNamedBy(Object event) {
        if (event instanceof CustomerRegistered registered) {
            return registered.customerId();
        }
        if (event instanceof QuoteDrafted drafted) {
            return drafted.customerId();
        }
        if (event instanceof ContractConcluded concluded) {
            return concluded.customerId();
        }
        if (event instanceof ShipmentPlanned planned) {
            return planned.customerId();
        }
        if (event instanceof InvoiceIssued issued) {
            return issued.customerId();
        }
        if (event instanceof PaymentReceived received) {
            return received.customerId();
        }
        return null;
    }
}
