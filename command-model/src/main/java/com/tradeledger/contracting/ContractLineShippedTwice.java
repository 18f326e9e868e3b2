package com.tradeledger.contracting;

import com.tradeledger.shared.BusinessRuleViolation;

/** A shipment lists each contract line once, with all it carries of it, so its lines add up without doubt. */
public final class ContractLineShippedTwice extends BusinessRuleViolation {

    ContractLineShippedTwice(int lineNumber) {
        super("contract-line-listed-twice", "contract line " + lineNumber + " is listed twice in one shipment");
    }
}
