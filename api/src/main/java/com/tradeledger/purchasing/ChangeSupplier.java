package com.tradeledger.purchasing;

import com.tradeledger.shared.CountryCode;
import com.tradeledger.shared.SupplierId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Change a supplier's name, country or terms. */
public record ChangeSupplier(
        @TargetAggregateIdentifier SupplierId supplierId,
        String name,
        CountryCode country,
        SupplierTerms terms,
        @TargetAggregateVersion Long expectedVersion) {}
