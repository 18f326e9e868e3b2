package com.tradeledger.contracting;

import static com.tradeledger.quoting.CustomerRules.requireTakingBusiness;
import static com.tradeledger.shared.MissingValue.requirePresent;

import com.tradeledger.quoting.CustomerStandings;
import com.tradeledger.quoting.QuoteId;
import com.tradeledger.quoting.QuoteLine;
import com.tradeledger.shared.ContractId;
import java.util.List;

/**
 * How a contract is concluded from a quote: only from one the customer accepted, and with the accepted revision's
 * lines as they were priced (same numbers, prices, discounts and floor verdicts), counted also in base units, for a
 * customer that still takes business.
 */
final class ContractConclusion {

    private ContractConclusion() {}

    static ContractConcluded conclude(
            ConcludeContract command,
            AcceptedQuotes quotes,
            ProductUnits units,
            CustomerStandings customers,
            ContractRegistry registry) {
        requireConclusionDetails(command);
        AcceptedQuote quote = requireAccepted(command.quoteId(), quotes);
        requireTakingBusiness(quote.customerId(), customers);
        List<ContractLine> lines = lines(quote, units);
        claimQuote(command.quoteId(), command.contractId(), registry);
        return new ContractConcluded(
                command.contractId(),
                quote.quoteId(),
                quote.revision(),
                quote.customerId(),
                quote.salesperson(),
                quote.currency(),
                quote.deliveryTerms(),
                lines,
                ContractLines.of(lines).total(quote.currency()),
                command.concludedBy(),
                command.concludedOn());
    }

    private static void requireConclusionDetails(ConcludeContract command) {
        requirePresent(command.contractId(), "contractId");
        requirePresent(command.quoteId(), "quoteId");
        requirePresent(command.concludedBy(), "concludedBy");
        requirePresent(command.concludedOn(), "concludedOn");
    }

    /** One accepted quote is sold once; the claim is made last, once every other rule has passed. */
    private static void claimQuote(QuoteId quoteId, ContractId contractId, ContractRegistry registry) {
        if (!registry.claimQuote(quoteId, contractId)) {
            throw new QuoteAlreadyContracted(quoteId);
        }
    }

    private static AcceptedQuote requireAccepted(QuoteId quoteId, AcceptedQuotes quotes) {
        AcceptedQuote quote = quotes.find(quoteId).orElseThrow(() -> new UnknownQuote(quoteId));
        if (!quote.isAccepted()) {
            throw new QuoteNotAccepted(quoteId, quote.status());
        }
        return quote;
    }

    private static List<ContractLine> lines(AcceptedQuote quote, ProductUnits units) {
        return quote.lines().stream().map(line -> copy(line, units)).toList();
    }

    private static ContractLine copy(QuoteLine line, ProductUnits units) {
        BaseQuantity base = units.baseQuantity(line.productId(), line.quantity(), line.unit());
        return new ContractLine(
                line.lineNumber(),
                line.productId(),
                line.sku(),
                line.quantity(),
                line.unit(),
                line.unitPrice(),
                line.discount(),
                line.belowFloor(),
                base.quantity(),
                base.unit(),
                null);
    }
}
