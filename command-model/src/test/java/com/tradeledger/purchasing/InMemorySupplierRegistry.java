package com.tradeledger.purchasing;

import com.tradeledger.shared.SupplierId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The supplier table as a map from code to the supplier holding it. */
final class InMemorySupplierRegistry implements SupplierRegistry {

    private final Map<SupplierCode, SupplierId> holders = new HashMap<>();

    @Override
    public boolean claim(SupplierCode code, SupplierId supplierId) {
        return holders.putIfAbsent(code, supplierId) == null;
    }

    Optional<SupplierId> holderOf(SupplierCode code) {
        return Optional.ofNullable(holders.get(code));
    }
}
