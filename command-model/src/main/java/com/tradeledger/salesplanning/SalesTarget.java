package com.tradeledger.salesplanning;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.tradeledger.shared.Money;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;

/**
 * The sales target (销售计划) of one salesperson for one month: an amount in the functional currency that setting
 * again replaces, each time recording what it replaced. Setting the amount it already has changes nothing.
 */
public class SalesTarget {

    @AggregateIdentifier
    private SalesTargetId targetId;

    private Money target;

    SalesTarget() {
        // Axon rebuilds the target from its events through this constructor, and creates it when first set.
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void set(SetSalesTarget command) {
        SalesTargetRules.requireValid(command);
        if (target != null && target.equals(command.target())) {
            return;
        }
        apply(new SalesTargetSet(
                command.targetId(),
                command.salesperson(),
                command.period(),
                command.target(),
                target,
                command.setBy()));
    }

    @EventSourcingHandler
    void on(SalesTargetSet event) {
        targetId = event.targetId();
        target = event.target();
    }
}
