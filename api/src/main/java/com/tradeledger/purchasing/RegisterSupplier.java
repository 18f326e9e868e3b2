package com.tradeledger.purchasing;

import com.tradeledger.shared.CountryCode;
import com.tradeledger.shared.SupplierId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Register a supplier (供应商) under a unique code. */
public record RegisterSupplier(
        @TargetAggregateIdentifier SupplierId supplierId,
        SupplierCode code,
        String name,
        CountryCode country,
        SupplierTerms terms) {}
