package com.tradeledger.purchasing;

import com.tradeledger.shared.SupplierId;

/** Ask for one supplier (供应商) as it now stands; answered with a {@link SupplierView}, or none. */
public record FindSupplier(SupplierId supplierId) {}
