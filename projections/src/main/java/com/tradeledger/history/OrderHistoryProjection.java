package com.tradeledger.history;

import com.tradeledger.contracting.ContractConcluded;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.springframework.stereotype.Component;

/**
 * Builds each contract's story (订单历史) across aggregates: the quote and its revisions (held until the contract is
 * concluded from it), approvals, signing, stock allocation, requisitions, the purchase orders covering them, delivery
 * risks, receipts against those orders, shipments and their documents, invoices, the payments applied to them, and
 * commissions. The links come from the events (see {@link OrderTrails}) and live in the projection's own tables.
 * Entries are keyed by contract and global position, so a redelivered event changes nothing.
 *
 * <p>A link must be handled after the events of the subject it links that came before it: {@link
 * OrderHistorySequencing} puts each linking event in its subject's sequence.
 */
@Component
@ProcessingGroup("order-history")
public class OrderHistoryProjection {

    private final OrderHistoryBook stories;
    private final OrderTrails trails = new OrderTrails();
    private final EventSummaries summaries = EventSummaries.all();

    private final GlobalIndexes positions;

    public OrderHistoryProjection(OrderHistoryBook stories, GlobalIndexes positions) {
        this.stories = stories;
        this.positions = positions;
    }

    @EventHandler
    public void on(Object event, DomainEventMessage<?> message, TrackingToken token) {
        OrderTrail trail = trails.of(event);
        if (trail.isEmpty()) {
            return;
        }
        if (event instanceof ContractConcluded concluded) {
            stories.concluded(concluded.contractId(), concluded.customerId());
        }
        HistoryEntryView entry = HistoryEntries.of(message, positions.of(message, token), summaries.of(event));
        trail.held().forEach(subject -> stories.hold(subject, entry));
        trail.links().forEach(link -> stories.link(link.subject(), link.contract()));
        stories.record(trail.contracts(), trail.subjects(), entry);
    }

    @ResetHandler
    public void reset() {
        stories.clearAll();
    }
}
