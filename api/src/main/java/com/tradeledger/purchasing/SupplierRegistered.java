package com.tradeledger.purchasing;

import com.tradeledger.shared.CountryCode;
import com.tradeledger.shared.SupplierId;
import org.axonframework.serialization.Revision;

/** A supplier was registered. */
@Revision("1")
public record SupplierRegistered(
        SupplierId supplierId, SupplierCode code, String name, CountryCode country, SupplierTerms terms) {}
