package com.tradeledger.products;

import java.util.ArrayDeque;
import java.util.Deque;
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

    /**
     * A redefined bill of materials may name a product that has a bill of materials of its own: none of those, at
     * any depth, may hold the product being defined.
     */
    static void requireNoCycle(ProductId productId, List<BomLine> lines, ProductComponents components) {
        for (BomLine line : lines) {
            if (isMadeFrom(line.component(), productId, components)) {
                throw new BillOfMaterialsCycle(productId, line.component());
            }
        }
    }

    private static boolean isMadeFrom(ProductId component, ProductId productId, ProductComponents components) {
        Set<ProductId> visited = new HashSet<>();
        Deque<ProductId> toVisit = new ArrayDeque<>(List.of(component));
        while (!toVisit.isEmpty()) {
            ProductId next = toVisit.pop();
            if (next.equals(productId)) {
                return true;
            }
            if (visited.add(next)) {
                toVisit.addAll(components.componentsOf(next));
            }
        }
        return false;
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
