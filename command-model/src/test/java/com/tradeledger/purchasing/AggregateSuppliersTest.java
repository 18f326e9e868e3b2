package com.tradeledger.purchasing;

import static com.tradeledger.purchasing.SupplierExamples.NAME;
import static com.tradeledger.purchasing.SupplierExamples.NB_METAL;
import static com.tradeledger.purchasing.SupplierExamples.NINGBO_METAL;
import static com.tradeledger.purchasing.SupplierExamples.SHENZHEN_PARTS;
import static com.tradeledger.purchasing.SupplierExamples.TERMS;
import static com.tradeledger.purchasing.SupplierExamples.deactivated;
import static com.tradeledger.purchasing.SupplierExamples.registered;
import static org.assertj.core.api.Assertions.assertThat;

import com.tradeledger.EventSourcedAggregates;
import com.tradeledger.shared.SupplierId;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Suppliers as the supplier aggregate's own events leave them. */
class AggregateSuppliersTest {

    private final EventSourcedAggregates histories = new EventSourcedAggregates();
    private final Suppliers suppliers = new AggregateSuppliers(histories.repositoryOf(Supplier.class));

    @BeforeEach
    void ningboMetalIsRegistered() {
        histories.given(Supplier.class, NINGBO_METAL, registered());
    }

    @Test
    void reads_an_active_supplier_with_its_terms() {
        assertThat(find(NINGBO_METAL)).contains(new SupplierState(NINGBO_METAL, NB_METAL, NAME, TERMS, true));
    }

    @Test
    void reads_a_deactivated_supplier_as_inactive() {
        histories.given(Supplier.class, NINGBO_METAL, deactivated());

        assertThat(find(NINGBO_METAL))
                .hasValueSatisfying(supplier -> assertThat(supplier.active()).isFalse());
    }

    @Test
    void knows_no_supplier_never_registered() {
        assertThat(find(SHENZHEN_PARTS)).isEmpty();
    }

    private Optional<SupplierState> find(SupplierId supplierId) {
        return histories.inUnitOfWork(() -> suppliers.find(supplierId));
    }
}
