package com.tradeledger.products;

import com.tradeledger.shared.BusinessRuleViolation;

/** A bill of materials (物料表) is exploded into purchases, so each component must be a registered product. */
public final class UnknownComponent extends BusinessRuleViolation {

    UnknownComponent(ProductId component) {
        super("unknown-component", "component " + component + " is not a registered product");
    }
}
