package com.tradeledger.quoting;

import com.tradeledger.customers.CustomerGrade;
import com.tradeledger.customers.CustomerId;
import com.tradeledger.shared.Money;
import com.tradeledger.shared.Username;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;

/**
 * A quote as it now stands: its current revision's lines and total, whether that revision is approved or sells
 * below a floor price, all feedback, the revisions issued so far and, once rejected, why; {@code version} is the
 * sequence number of its last event.
 */
public record QuoteView(
        QuoteId id,
        CustomerId customerId,
        Username salesperson,
        CustomerGrade customerGrade,
        Currency currency,
        DeliveryTerms deliveryTerms,
        LocalDate validUntil,
        QuoteStatus status,
        int revision,
        List<QuoteLine> lines,
        Money total,
        boolean approved,
        boolean belowFloor,
        List<QuoteFeedback> feedback,
        List<Integer> issuedRevisions,
        String closingReason,
        long version,
        Instant draftedAt,
        Instant changedAt) {}
