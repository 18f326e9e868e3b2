package com.tradeledger.quoting;

/** Which commands a quote takes in which status: a revision is worked on while DRAFT and answered while ISSUED. */
final class QuoteStatusRules {

    private QuoteStatusRules() {}

    /** An accepted quote is the basis of a contract and refuses every command. */
    private static void requireNotFrozen(QuoteId quoteId, QuoteStatus status) {
        if (status == QuoteStatus.ACCEPTED) {
            throw new QuoteFrozen(quoteId);
        }
    }

    static void requireDraft(QuoteId quoteId, QuoteStatus status) {
        requireNotFrozen(quoteId, status);
        if (status != QuoteStatus.DRAFT) {
            throw new QuoteNotDraft(quoteId, status);
        }
    }

    static void requireIssued(QuoteId quoteId, QuoteStatus status) {
        requireNotFrozen(quoteId, status);
        if (status != QuoteStatus.ISSUED) {
            throw new QuoteNotIssued(quoteId, status);
        }
    }

    /**
     * An issued quote is revised to answer the customer's feedback; an expired one to offer it again with a new
     * validity date. A rejected quote stays closed: a new offer is a new quote.
     */
    static void requireRevisable(QuoteId quoteId, QuoteStatus status) {
        requireNotFrozen(quoteId, status);
        if (status != QuoteStatus.ISSUED && status != QuoteStatus.EXPIRED) {
            throw new QuoteNotIssued(quoteId, status);
        }
    }
}
