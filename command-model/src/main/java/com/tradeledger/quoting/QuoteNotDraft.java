package com.tradeledger.quoting;

import com.tradeledger.shared.BusinessRuleViolation;

/**
 * A quote's lines, approval and issue belong to a revision being drafted; what was sent stays as the customer saw
 * it, and changes go into a new revision.
 */
public final class QuoteNotDraft extends BusinessRuleViolation {

    QuoteNotDraft(QuoteId quoteId, QuoteStatus status) {
        super("quote-not-draft", "quote " + quoteId + " is " + status + ", not DRAFT");
    }
}
