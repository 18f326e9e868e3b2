package com.tradeledger.products;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Replace the units a product can be counted in besides its base unit. */
public record DefineUnitConversions(
        @TargetAggregateIdentifier ProductId productId,
        List<UnitConversion> conversions,
        @TargetAggregateVersion Long expectedVersion) {

    public DefineUnitConversions {
        conversions = conversions == null ? List.of() : List.copyOf(conversions);
    }
}
