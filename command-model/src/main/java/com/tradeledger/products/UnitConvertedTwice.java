package com.tradeledger.products;

import com.tradeledger.shared.BusinessRuleViolation;
import com.tradeledger.shared.UnitOfMeasure;

/** A unit holds one number of base units; two conversions for it would make every quantity ambiguous. */
public final class UnitConvertedTwice extends BusinessRuleViolation {

    UnitConvertedTwice(UnitOfMeasure unit) {
        super("unit-converted-twice", "unit " + unit + " has more than one conversion; give it exactly one");
    }
}
