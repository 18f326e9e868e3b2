package com.tradeledger.purchasing;

import com.tradeledger.shared.SupplierId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Suppliers as fixed states: a supplier absent from it was never registered. */
final class InMemorySuppliers implements Suppliers {

    private final Map<SupplierId, SupplierState> suppliers = new HashMap<>();

    InMemorySuppliers with(SupplierState supplier) {
        suppliers.put(supplier.supplierId(), supplier);
        return this;
    }

    @Override
    public Optional<SupplierState> find(SupplierId supplierId) {
        return Optional.ofNullable(suppliers.get(supplierId));
    }
}
