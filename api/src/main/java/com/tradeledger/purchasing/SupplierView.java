package com.tradeledger.purchasing;

import com.tradeledger.shared.CountryCode;
import com.tradeledger.shared.SupplierId;
import java.time.Instant;
import java.util.List;

/**
 * A supplier (供应商) as it now stands: code, name, country, terms, whether the ledger still buys from it (and why
 * not), and its offers per product. {@code version} is the sequence number of its last event.
 */
public record SupplierView(
        SupplierId id,
        SupplierCode code,
        String name,
        CountryCode country,
        SupplierTerms terms,
        boolean active,
        String deactivationReason,
        List<SupplierOffer> offers,
        long version,
        Instant registeredAt,
        Instant changedAt) {}
