package com.tradeledger.contracting;

import com.tradeledger.customers.CustomerId;
import com.tradeledger.quoting.DeliveryTerms;
import com.tradeledger.quoting.QuoteId;
import com.tradeledger.shared.ContractId;
import com.tradeledger.shared.Money;
import com.tradeledger.shared.Username;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import org.axonframework.serialization.Revision;

/** A sales contract was concluded from an accepted quote revision, with the quote's lines and prices. */
@Revision("1")
public record ContractConcluded(
        ContractId contractId,
        QuoteId quoteId,
        int quoteRevision,
        CustomerId customerId,
        Username salesperson,
        Currency currency,
        DeliveryTerms deliveryTerms,
        List<ContractLine> lines,
        Money total,
        Username concludedBy,
        LocalDate concludedOn) {}
