package com.tradeledger.contracting;

import com.tradeledger.customers.CustomerId;
import com.tradeledger.quoting.DeliveryTerms;
import com.tradeledger.quoting.QuoteId;
import com.tradeledger.quoting.QuoteLine;
import com.tradeledger.quoting.QuoteStatus;
import com.tradeledger.shared.Username;
import java.util.Currency;
import java.util.List;

/**
 * A quote (报价) as a contract is concluded from it: where it stands and its current revision, which is the revision
 * the customer accepted once it is ACCEPTED.
 */
public record AcceptedQuote(
        QuoteId quoteId,
        QuoteStatus status,
        int revision,
        CustomerId customerId,
        Username salesperson,
        Currency currency,
        DeliveryTerms deliveryTerms,
        List<QuoteLine> lines) {

    public AcceptedQuote {
        lines = List.copyOf(lines);
    }

    public boolean isAccepted() {
        return status == QuoteStatus.ACCEPTED;
    }
}
