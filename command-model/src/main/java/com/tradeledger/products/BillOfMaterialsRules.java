package com.tradeledger.products;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The rules a product's bill of materials (物料表) obeys, at registration and whenever it is redefined. */
final class BillOfMaterialsRules {

    private BillOfMaterialsRules() {}

    static void check(ProductId productId, List<BomLine> lines, ProductRegistry registry) {
        requireNotItsOwnComponent(productId, lines);
        requireEachComponentOnce(lines);
        requireRegisteredComponents(lines, registry);
    }

    private static void requireNotItsOwnComponent(ProductId productId, List<BomLine> lines) {
        if (lines.stream().anyMatch(line -> line.component().equals(productId))) {
            throw new ProductContainsItself(productId);
        }
    }

    private static void requireEachComponentOnce(List<BomLine> lines) {
        Set<ProductId> seen = new HashSet<>();
        for (BomLine line : lines) {
            if (!seen.add(line.component())) {
                throw new ComponentListedTwice(line.component());
            }
        }
    }

    private static void requireRegisteredComponents(List<BomLine> lines, ProductRegistry registry) {
        lines.stream()
                .map(BomLine::component)
                .filter(component -> !registry.exists(component))
                .findFirst()
                .ifPresent(component -> {
                    throw new UnknownComponent(component);
                });
    }
}
