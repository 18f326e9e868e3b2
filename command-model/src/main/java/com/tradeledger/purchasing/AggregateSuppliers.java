package com.tradeledger.purchasing;

import com.tradeledger.shared.SupplierId;
import java.util.Optional;
import org.axonframework.eventsourcing.IncompatibleAggregateException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;

/**
 * Suppliers read from the supplier aggregates themselves, so that a purchase order is placed with the supplier as
 * its own events leave it, never as a read model that may lag. Runs inside the order's unit of work.
 */
public final class AggregateSuppliers implements Suppliers {

    private final Repository<Supplier> suppliers;

    public AggregateSuppliers(Repository<Supplier> suppliers) {
        this.suppliers = suppliers;
    }

    @Override
    public Optional<SupplierState> find(SupplierId supplierId) {
        try {
            return Optional.of(suppliers.load(supplierId.toString()).invoke(Supplier::state));
        } catch (AggregateNotFoundException | IncompatibleAggregateException unknown) {
            return Optional.empty();
        }
    }
}
