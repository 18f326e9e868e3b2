package com.tradeledger.purchasing;

import com.tradeledger.shared.SupplierId;
import org.axonframework.serialization.Revision;

/** The ledger no longer buys from the supplier. */
@Revision("1")
public record SupplierDeactivated(SupplierId supplierId, String reason) {}
