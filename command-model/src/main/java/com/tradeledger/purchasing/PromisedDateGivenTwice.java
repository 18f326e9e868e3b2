package com.tradeledger.purchasing;

import com.tradeledger.shared.BusinessRuleViolation;

/** A confirmation gives each line at most one promised date. */
public final class PromisedDateGivenTwice extends BusinessRuleViolation {

    PromisedDateGivenTwice(int lineNumber) {
        super("promised-date-given-twice", "the confirmation gives line " + lineNumber + " more than one date");
    }
}
