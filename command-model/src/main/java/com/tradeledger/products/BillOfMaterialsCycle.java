package com.tradeledger.products;

import com.tradeledger.shared.BusinessRuleViolation;

/**
 * A bill of materials (物料表) is exploded level by level into purchases: a component whose own bill of materials
 * holds the product, at any depth, would make that explosion go round for ever.
 */
public final class BillOfMaterialsCycle extends BusinessRuleViolation {

    BillOfMaterialsCycle(ProductId productId, ProductId component) {
        super(
                "bill-of-materials-cycle",
                "component " + component + " is itself made from product " + productId
                        + "; a bill of materials cannot go round in a cycle");
    }
}
