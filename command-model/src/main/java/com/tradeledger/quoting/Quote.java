package com.tradeledger.quoting;

import static com.tradeledger.quoting.CustomerRules.requireTakingBusiness;
import static com.tradeledger.quoting.QuoteStatusRules.requireDraft;
import static com.tradeledger.quoting.QuoteStatusRules.requireIssued;
import static com.tradeledger.quoting.QuoteStatusRules.requireRevisable;
import static com.tradeledger.shared.MissingValue.requirePresent;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.tradeledger.customers.CustomerGrade;
import com.tradeledger.customers.CustomerId;
import com.tradeledger.customers.CustomerStanding;
import com.tradeledger.shared.Username;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.List;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;

/**
 * One quote (报价) to a customer through all its revisions. A revision is drafted, approved when it sells below
 * the floor or above the discount limit, and issued; an issued revision is accepted, rejected, revised, or expires
 * at the end of its validity date. Once accepted the quote is frozen.
 */
public class Quote {

    /** Fires at the start of the day after the validity date, in UTC, while the issued revision is still open. */
    static final String VALIDITY_DEADLINE = "quote-validity";

    @AggregateIdentifier
    private QuoteId quoteId;

    private Username salesperson;

    private CustomerId customerId;
    private CustomerGrade customerGrade;
    private Currency currency;
    private DeliveryTerms deliveryTerms;
    private LocalDate validUntil;
    private QuoteStatus status;
    private int revision;
    private RevisionLines lines;

    Quote() {
        // Axon rebuilds the quote from its events through this constructor.
    }

    @CommandHandler
    Quote(DraftQuote command, CustomerStandings customers) {
        requireDraftDetails(command);
        CustomerStanding standing = requireTakingBusiness(command.customerId(), customers);
        apply(new QuoteDrafted(
                command.quoteId(),
                command.customerId(),
                standing.salesperson(),
                standing.grade(),
                command.currency(),
                command.deliveryTerms(),
                command.validUntil()));
    }

    @CommandHandler
    void addLine(AddQuoteLine command, ProductPrices prices) {
        requireDraft(quoteId, status);
        requirePresent(command.productId(), "productId");
        QuoteLine line = pricing(prices).price(lines.nextLineNumber(), command.productId(), LineRequest.of(command));
        apply(new QuoteLineAdded(quoteId, revision, line));
    }

    @CommandHandler
    void changeLine(ChangeQuoteLine command, ProductPrices prices) {
        requireDraft(quoteId, status);
        QuoteLine current = requireLine(command.lineNumber());
        QuoteLine line = pricing(prices).price(current.lineNumber(), current.productId(), LineRequest.of(command));
        apply(new QuoteLineChanged(quoteId, revision, line));
    }

    @CommandHandler
    void removeLine(RemoveQuoteLine command) {
        requireDraft(quoteId, status);
        requireLine(command.lineNumber());
        apply(new QuoteLineRemoved(quoteId, revision, command.lineNumber()));
    }

    @CommandHandler
    void approve(ApproveQuote command, QuotingPolicy policy) {
        requireDraft(quoteId, status);
        requirePresent(command.approvedBy(), "approvedBy");
        if (command.approvedBy().equals(salesperson)) {
            throw new SelfApproval(quoteId, salesperson);
        }
        if (!lines.needApproval(policy)) {
            throw new ApprovalNotNeeded(quoteId);
        }
        if (lines.isApproved()) {
            throw new QuoteAlreadyApproved(quoteId, revision);
        }
        apply(new QuoteApproved(quoteId, revision, command.approvedBy(), command.note()));
    }

    @CommandHandler
    void issue(
            IssueQuote command,
            QuotingPolicy policy,
            CustomerStandings customers,
            ProductPrices prices,
            DeadlineManager deadlines) {
        requireDraft(quoteId, status);
        requirePresent(command.issuedOn(), "issuedOn");
        requireTakingBusiness(customerId, customers);
        requireLines();
        requireProductsStillSold(prices, command.issuedOn());
        requireApprovalWhereNeeded(policy);
        requireValidOn(command.issuedOn());
        apply(new QuoteIssued(
                quoteId,
                revision,
                lines.asList(),
                lines.total(currency),
                deliveryTerms,
                command.issuedOn(),
                validUntil));
        deadlines.schedule(endOfValidity(), VALIDITY_DEADLINE);
    }

    @DeadlineHandler(deadlineName = VALIDITY_DEADLINE)
    void validityEnded() {
        if (status == QuoteStatus.ISSUED) {
            apply(new QuoteExpired(quoteId, revision, validUntil));
        }
    }

    @CommandHandler
    void recordFeedback(RecordQuoteFeedback command) {
        requireIssued(quoteId, status);
        requirePresent(command.feedback(), "feedback");
        apply(new QuoteFeedbackRecorded(quoteId, revision, command.feedback()));
    }

    @CommandHandler
    void revise(ReviseQuote command, DeadlineManager deadlines) {
        requireRevisable(quoteId, status);
        requirePresent(command.reason(), "reason");
        if (status == QuoteStatus.EXPIRED) {
            // Its validity has passed: offered again as it was, it could never be issued.
            requirePresent(command.validUntil(), "validUntil");
        }
        deadlines.cancelAllWithinScope(VALIDITY_DEADLINE);
        LocalDate newValidity = command.validUntil() == null ? validUntil : command.validUntil();
        apply(new QuoteRevised(quoteId, revision + 1, command.reason(), newValidity));
    }

    @CommandHandler
    void accept(AcceptQuote command, DeadlineManager deadlines) {
        requirePresent(command.acceptedOn(), "acceptedOn");
        requireUnexpired(command.acceptedOn());
        requireIssued(quoteId, status);
        deadlines.cancelAllWithinScope(VALIDITY_DEADLINE);
        apply(new QuoteAccepted(quoteId, revision, lines.total(currency), command.acceptedOn()));
    }

    @CommandHandler
    void reject(RejectQuote command, DeadlineManager deadlines) {
        requireIssued(quoteId, status);
        requirePresent(command.reason(), "reason");
        deadlines.cancelAllWithinScope(VALIDITY_DEADLINE);
        apply(new QuoteRejected(quoteId, revision, command.reason()));
    }

    /** What the quote offers now and where it stands; read by contracting, which decides nothing here. */
    public Offer offer() {
        return new Offer(quoteId, status, revision, customerId, salesperson, currency, deliveryTerms, lines.asList());
    }

    /** A quote's current revision as offered to its customer, and where the quote stands. */
    public record Offer(
            QuoteId quoteId,
            QuoteStatus status,
            int revision,
            CustomerId customerId,
            Username salesperson,
            Currency currency,
            DeliveryTerms deliveryTerms,
            List<QuoteLine> lines) {}

    private static void requireDraftDetails(DraftQuote command) {
        requirePresent(command.quoteId(), "quoteId");
        requirePresent(command.customerId(), "customerId");
        requirePresent(command.currency(), "currency");
        requirePresent(command.deliveryTerms(), "deliveryTerms");
        requirePresent(command.validUntil(), "validUntil");
    }

    private QuoteLine requireLine(int lineNumber) {
        return lines.line(lineNumber).orElseThrow(() -> new UnknownQuoteLine(quoteId, lineNumber));
    }

    private void requireLines() {
        if (lines.isEmpty()) {
            throw new QuoteHasNoLines(quoteId);
        }
    }

    private void requireApprovalWhereNeeded(QuotingPolicy policy) {
        if (lines.needApproval(policy) && !lines.isApproved()) {
            throw new QuoteNeedsApproval(quoteId, revision);
        }
    }

    private void requireValidOn(LocalDate issuedOn) {
        if (issuedOn.isAfter(validUntil)) {
            throw new QuoteValidityPassed(quoteId, validUntil, issuedOn);
        }
    }

    /** Expired is expired whether or not the deadline has fired yet: the validity date decides. */
    private void requireUnexpired(LocalDate acceptedOn) {
        if (status == QuoteStatus.EXPIRED || status == QuoteStatus.ISSUED && acceptedOn.isAfter(validUntil)) {
            throw new QuoteHasExpired(quoteId, validUntil);
        }
    }

    private LinePricing pricing(ProductPrices prices) {
        return new LinePricing(customerGrade, currency, prices);
    }

    private Instant endOfValidity() {
        return validUntil.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** Lines carried into a revision may name a product discontinued since; pricing it again refuses it. */
    private void requireProductsStillSold(ProductPrices prices, LocalDate issuedOn) {
        lines.asList()
                .forEach(line -> prices.price(
                        line.productId(), customerGrade, line.quantity(), line.unit(), issuedOn, currency));
    }

    @EventSourcingHandler
    void on(QuoteDrafted event) {
        salesperson = event.salesperson();
        quoteId = event.quoteId();
        customerId = event.customerId();
        customerGrade = event.customerGrade();
        currency = event.currency();
        deliveryTerms = event.deliveryTerms();
        validUntil = event.validUntil();
        status = QuoteStatus.DRAFT;
        revision = 1;
        lines = RevisionLines.none();
    }

    @EventSourcingHandler
    void on(QuoteLineAdded event) {
        lines = lines.with(event.line());
    }

    @EventSourcingHandler
    void on(QuoteLineChanged event) {
        lines = lines.with(event.line());
    }

    @EventSourcingHandler
    void on(QuoteLineRemoved event) {
        lines = lines.without(event.lineNumber());
    }

    @EventSourcingHandler
    void on(QuoteApproved event) {
        lines = lines.approved();
    }

    @EventSourcingHandler
    void on(QuoteIssued event) {
        status = QuoteStatus.ISSUED;
    }

    @EventSourcingHandler
    void on(QuoteRevised event) {
        status = QuoteStatus.DRAFT;
        revision = event.revision();
        validUntil = event.validUntil();
        lines = lines.unapproved();
    }

    @EventSourcingHandler
    void on(QuoteExpired event) {
        status = QuoteStatus.EXPIRED;
    }

    @EventSourcingHandler
    void on(QuoteAccepted event) {
        status = QuoteStatus.ACCEPTED;
    }

    @EventSourcingHandler
    void on(QuoteRejected event) {
        status = QuoteStatus.REJECTED;
    }
}
