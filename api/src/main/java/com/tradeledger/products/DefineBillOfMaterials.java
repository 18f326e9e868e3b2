package com.tradeledger.products;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Replace a product's bill of materials (物料表); an empty list means it is bought or made whole. */
public record DefineBillOfMaterials(
        @TargetAggregateIdentifier ProductId productId,
        List<BomLine> lines,
        @TargetAggregateVersion Long expectedVersion) {

    public DefineBillOfMaterials {
        lines = lines == null ? List.of() : List.copyOf(lines);
    }
}
