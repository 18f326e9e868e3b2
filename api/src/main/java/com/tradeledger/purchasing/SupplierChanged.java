package com.tradeledger.purchasing;

import com.tradeledger.shared.CountryCode;
import com.tradeledger.shared.SupplierId;
import org.axonframework.serialization.Revision;

/** A supplier's name, country or terms changed (the whole set, as now). */
@Revision("1")
public record SupplierChanged(SupplierId supplierId, String name, CountryCode country, SupplierTerms terms) {}
