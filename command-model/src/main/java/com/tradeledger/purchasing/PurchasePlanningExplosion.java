package com.tradeledger.purchasing;

import com.tradeledger.contracting.LineAllocation;
import com.tradeledger.products.BomLine;
import com.tradeledger.products.ProductId;
import com.tradeledger.purchasing.BillsOfMaterials.ProductMaterials;
import com.tradeledger.shared.UnitOfMeasure;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What must be bought for what a contract line has left to buy: the finished product (成品采购), or, for a product
 * with a bill of materials (物料表), its components and packing exploded level by level down to what has no bill of
 * materials of its own (物料采购), each counted in its base unit and added up where the tree reaches it twice. Each
 * material's total is then rounded up, once, to what its base unit allows ({@link UnitPrecision}): whole units for
 * count units such as pieces or cartons, at most three decimals for the rest.
 */
final class PurchasePlanningExplosion {

    private final BillsOfMaterials billsOfMaterials;

    PurchasePlanningExplosion(BillsOfMaterials billsOfMaterials) {
        this.billsOfMaterials = billsOfMaterials;
    }

    /** One product to buy for the line, in its base unit. */
    record Purchase(ProductId productId, BigDecimal quantity, UnitOfMeasure baseUnit, RequisitionKind kind) {

        Purchase adding(Purchase more) {
            return new Purchase(productId, quantity.add(more.quantity()), baseUnit, kind);
        }

        /** The same purchase, its quantity rounded up to what its base unit allows. */
        Purchase roundedUp() {
            return new Purchase(productId, UnitPrecision.roundedUp(quantity, baseUnit), baseUnit, kind);
        }
    }

    List<Purchase> purchasesFor(LineAllocation line) {
        ProductMaterials product = billsOfMaterials.materialsOf(line.productId());
        if (product.linesBought().isEmpty()) {
            return List.of(
                    new Purchase(line.productId(), line.toBuy(), line.baseUnit(), RequisitionKind.FINISHED_GOODS));
        }
        Map<ProductId, Purchase> materials = new LinkedHashMap<>();
        explode(product, line.toBuy(), new ArrayDeque<>(List.of(product.productId())), materials);
        return materials.values().stream().map(Purchase::roundedUp).toList();
    }

    private void explode(
            ProductMaterials parent, BigDecimal parentQuantity, Deque<ProductId> path, Map<ProductId, Purchase> into) {
        for (BomLine line : parent.linesBought()) {
            ProductMaterials component = billsOfMaterials.materialsOf(line.component());
            BigDecimal quantity = component.inBaseUnit(parentQuantity.multiply(line.quantityPerUnit()), line.unit());
            if (component.linesBought().isEmpty()) {
                Purchase purchase =
                        new Purchase(component.productId(), quantity, component.baseUnit(), RequisitionKind.MATERIAL);
                into.merge(component.productId(), purchase, Purchase::adding);
            } else {
                requireNoCycle(path, component.productId());
                path.push(component.productId());
                explode(component, quantity, path, into);
                path.pop();
            }
        }
    }

    // The products feature refuses a bill of materials that goes round; one recorded before that rule is not followed
    // for ever.
    private static void requireNoCycle(Deque<ProductId> path, ProductId component) {
        if (path.contains(component)) {
            throw new IllegalStateException("the bill of materials of " + component + " contains itself");
        }
    }
}
