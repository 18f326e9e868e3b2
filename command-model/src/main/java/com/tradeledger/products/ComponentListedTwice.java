package com.tradeledger.products;

import com.tradeledger.shared.BusinessRuleViolation;

/** A component's quantity per unit is stated once, so material purchases never count it twice. */
public final class ComponentListedTwice extends BusinessRuleViolation {

    ComponentListedTwice(ProductId component) {
        super(
                "component-listed-twice",
                "component " + component + " appears more than once in the bill of materials; give it one line");
    }
}
