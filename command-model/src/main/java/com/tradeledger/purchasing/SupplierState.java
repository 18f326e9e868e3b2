package com.tradeledger.purchasing;

import com.tradeledger.shared.SupplierId;

/** A supplier (供应商) as a purchase order reads it: its code, name, terms, and whether the ledger still buys from it. */
public record SupplierState(
        SupplierId supplierId, SupplierCode code, String name, SupplierTerms terms, boolean active) {}
