package com.tradeledger.history;

import static com.tradeledger.history.EventSummaries.shortId;

import com.tradeledger.contracting.CommissionAgreed;
import com.tradeledger.contracting.ContractApproved;
import com.tradeledger.contracting.ContractCancelled;
import com.tradeledger.contracting.ContractCompleted;
import com.tradeledger.contracting.ContractConcluded;
import com.tradeledger.contracting.ContractRejected;
import com.tradeledger.contracting.ContractShipmentRecorded;
import com.tradeledger.contracting.ContractSigned;
import com.tradeledger.contracting.ContractStockAllocated;
import com.tradeledger.contracting.ContractSubmitted;
import com.tradeledger.contracting.DeliveryScheduled;
import com.tradeledger.customers.CreditLimitSet;
import com.tradeledger.customers.CustomerDeactivated;
import com.tradeledger.customers.CustomerGradeChanged;
import com.tradeledger.customers.CustomerHandedOver;
import com.tradeledger.customers.CustomerMerged;
import com.tradeledger.customers.CustomerRegistered;
import com.tradeledger.quoting.QuoteAccepted;
import com.tradeledger.quoting.QuoteApproved;
import com.tradeledger.quoting.QuoteDrafted;
import com.tradeledger.quoting.QuoteExpired;
import com.tradeledger.quoting.QuoteFeedbackRecorded;
import com.tradeledger.quoting.QuoteIssued;
import com.tradeledger.quoting.QuoteLine;
import com.tradeledger.quoting.QuoteLineAdded;
import com.tradeledger.quoting.QuoteLineChanged;
import com.tradeledger.quoting.QuoteLineRemoved;
import com.tradeledger.quoting.QuoteRejected;
import com.tradeledger.quoting.QuoteRevised;
import java.util.stream.Collectors;

/** Summaries of the customer's, quote's and contract's events (客户, 报价, 合同). */
final class SalesSummaries {

    private SalesSummaries() {}

    static void register(EventSummaries summaries) {
        summaries
                .on(
                        CustomerRegistered.class,
                        e -> "Customer " + e.code() + " " + e.name() + " registered, grade " + e.grade()
                                + ", salesperson " + e.salesperson() + ", credit limit " + e.creditLimit())
                .on(
                        CustomerHandedOver.class,
                        e -> "Customer handed over from " + e.fromSalesperson() + " to " + e.toSalesperson() + ": "
                                + e.reason())
                .on(
                        CustomerMerged.class,
                        e -> "Customer " + e.code() + " merged into customer " + shortId(e.survivorId()) + ": "
                                + e.reason())
                .on(CustomerDeactivated.class, e -> "Customer deactivated: " + e.reason())
                .on(
                        CustomerGradeChanged.class,
                        e -> "Grade changed from " + e.previousGrade() + " to " + e.grade() + ": " + e.reason())
                .on(
                        CreditLimitSet.class,
                        e -> "Credit limit set to " + e.creditLimit() + " (was " + e.previousCreditLimit() + ")");
        registerQuotes(summaries);
        registerContracts(summaries);
    }

    private static void registerQuotes(EventSummaries summaries) {
        summaries
                .on(
                        QuoteDrafted.class,
                        e -> "Quote " + shortId(e.quoteId()) + " drafted in " + e.currency() + ", valid until "
                                + e.validUntil())
                .on(QuoteLineAdded.class, e -> "Quote " + shortId(e.quoteId()) + " line added: " + line(e.line()))
                .on(QuoteLineChanged.class, e -> "Quote " + shortId(e.quoteId()) + " line changed: " + line(e.line()))
                .on(
                        QuoteLineRemoved.class,
                        e -> "Quote " + shortId(e.quoteId()) + " line " + e.lineNumber() + " removed")
                .on(
                        QuoteIssued.class,
                        e -> "Quote " + shortId(e.quoteId()) + " issued (revision " + e.revision() + "), " + e.total())
                .on(
                        QuoteRevised.class,
                        e -> "Quote " + shortId(e.quoteId()) + " revised to revision " + e.revision() + ": "
                                + e.reason())
                .on(QuoteApproved.class, e -> "Quote " + shortId(e.quoteId()) + " approved by " + e.approvedBy())
                .on(QuoteFeedbackRecorded.class, e -> "Quote " + shortId(e.quoteId()) + " feedback: " + e.feedback())
                .on(
                        QuoteAccepted.class,
                        e -> "Quote " + shortId(e.quoteId()) + " accepted (revision " + e.revision() + "), "
                                + e.total())
                .on(QuoteRejected.class, e -> "Quote " + shortId(e.quoteId()) + " rejected: " + e.reason())
                .on(QuoteExpired.class, e -> "Quote " + shortId(e.quoteId()) + " expired on " + e.validUntil());
    }

    private static void registerContracts(EventSummaries summaries) {
        summaries
                .on(
                        ContractConcluded.class,
                        e -> "Contract " + shortId(e.contractId()) + " concluded from quote " + shortId(e.quoteId())
                                + " revision " + e.quoteRevision() + ", " + e.total())
                .on(
                        ContractSubmitted.class,
                        e -> "Contract " + shortId(e.contractId()) + " submitted for approval: " + e.reasons())
                .on(
                        ContractApproved.class,
                        e -> "Contract " + shortId(e.contractId()) + " approved by " + e.approvedBy())
                .on(
                        ContractRejected.class,
                        e -> "Contract " + shortId(e.contractId()) + " rejected by " + e.rejectedBy() + ": "
                                + e.reason())
                .on(ContractSigned.class, e -> "Contract " + shortId(e.contractId()) + " signed, " + e.total())
                .on(ContractCancelled.class, e -> "Contract " + shortId(e.contractId()) + " cancelled: " + e.reason())
                .on(ContractCompleted.class, e -> "Contract " + shortId(e.contractId()) + " completed")
                .on(
                        DeliveryScheduled.class,
                        e -> "Contract line " + e.lineNumber() + " to be delivered on " + e.deliveryDate())
                .on(
                        CommissionAgreed.class,
                        e -> "Commission agreed: " + e.commission().agent() + " at "
                                + e.commission().rate())
                .on(
                        ContractStockAllocated.class,
                        e -> "Stock allocated: "
                                + e.lines().stream()
                                        .map(line -> "line " + line.lineNumber() + " reserved "
                                                + line.reserved().toPlainString() + " " + line.baseUnit() + ", to buy "
                                                + line.toBuy().toPlainString())
                                        .collect(Collectors.joining("; ")))
                .on(
                        ContractShipmentRecorded.class,
                        e -> "Shipment " + shortId(e.shipmentId()) + " recorded"
                                + (e.fullyShipped() ? ", contract fully shipped" : ""));
    }

    private static String line(QuoteLine line) {
        return "line " + line.lineNumber() + ", " + line.quantity().toPlainString() + " " + line.unit() + " "
                + line.sku() + " at " + line.unitPrice() + " less " + line.discount();
    }
}
