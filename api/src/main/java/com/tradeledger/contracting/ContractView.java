package com.tradeledger.contracting;

import com.tradeledger.customers.CustomerId;
import com.tradeledger.quoting.DeliveryTerms;
import com.tradeledger.quoting.QuoteId;
import com.tradeledger.shared.ContractId;
import com.tradeledger.shared.Money;
import com.tradeledger.shared.Username;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;

/**
 * A sales contract (合同) as it now stands: the quote revision it was concluded from, customer, salesperson,
 * currency, Incoterm and place, total and lines with what has been shipped, payment terms, the commission agent
 * and rate (佣金, null when none), its approval, and when it was signed, cancelled (by whom, why) or completed;
 * {@code version} is the sequence number of its last event.
 */
public record ContractView(
        ContractId id,
        QuoteId quoteId,
        int quoteRevision,
        CustomerId customerId,
        Username salesperson,
        Currency currency,
        DeliveryTerms deliveryTerms,
        Money total,
        ContractStatus status,
        List<ContractLineView> lines,
        PaymentTerms paymentTerms,
        CommissionTerms commission,
        ContractApprovalView approval,
        Username concludedBy,
        LocalDate concludedOn,
        Username signedBy,
        LocalDate signedOn,
        Username cancelledBy,
        String cancellationReason,
        LocalDate cancelledOn,
        LocalDate completedOn,
        long version,
        Instant concludedAt,
        Instant changedAt) {}
