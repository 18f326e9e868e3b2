package com.tradeledger.quoting;

import com.tradeledger.customers.CustomerId;
import com.tradeledger.customers.CustomerOwnership;
import com.tradeledger.products.ProductId;
import com.tradeledger.security.Staff;
import com.tradeledger.shared.Money;
import com.tradeledger.shared.Percentage;
import com.tradeledger.shared.UnitOfMeasure;
import com.tradeledger.shared.Username;
import com.tradeledger.web.Accepted;
import com.tradeledger.web.Commands;
import com.tradeledger.web.FirstEvents;
import com.tradeledger.web.NotFound;
import com.tradeledger.web.ReadsProjection;
import com.tradeledger.web.Versions;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Currency;
import java.util.UUID;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Quotes (报价) over HTTP: one POST per command, GETs on the quote book. Business dates ("today") come from the
 * server's clock; who priced or approved comes from the login.
 */
@RestController
@RequestMapping("/api/v1/quotes")
class QuoteController {

    private final Commands commands;
    private final QueryGateway queries;
    private final Staff staff;
    private final CustomerOwnership ownership;
    private final FirstEvents firstEvents;
    private final Clock clock;

    QuoteController(
            Commands commands,
            QueryGateway queries,
            Staff staff,
            CustomerOwnership ownership,
            FirstEvents firstEvents,
            Clock clock) {
        this.commands = commands;
        this.firstEvents = firstEvents;
        this.queries = queries;
        this.staff = staff;
        this.ownership = ownership;
        this.clock = clock;
    }

    @PostMapping
    ResponseEntity<Accepted> draft(@Valid @RequestBody Draft request) {
        ownership.requireOwnerOrManager(request.customerId());
        QuoteId id = QuoteId.generate();
        DraftQuote command = new DraftQuote(
                id, request.customerId(), request.currency(), request.deliveryTerms(), request.validUntil());
        return commands.create(request, command, id, URI.create("/api/v1/quotes/" + id));
    }

    @PostMapping("/{id}/add-line")
    ResponseEntity<Accepted> addLine(@PathVariable UUID id, @Valid @RequestBody Line request) {
        QuoteId quote = owned(id);
        AddQuoteLine command = new AddQuoteLine(
                quote,
                request.productId(),
                request.quantity(),
                request.unit(),
                request.unitPrice(),
                request.discount(),
                today(),
                staff.current(),
                commands.expectedVersion());
        return commands.update(request, command, quote);
    }

    @PostMapping("/{id}/change-line")
    ResponseEntity<Accepted> changeLine(@PathVariable UUID id, @Valid @RequestBody LineChange request) {
        QuoteId quote = owned(id);
        ChangeQuoteLine command = new ChangeQuoteLine(
                quote,
                request.lineNumber(),
                request.quantity(),
                request.unit(),
                request.unitPrice(),
                request.discount(),
                today(),
                staff.current(),
                commands.expectedVersion());
        return commands.update(request, command, quote);
    }

    @PostMapping("/{id}/remove-line")
    ResponseEntity<Accepted> removeLine(@PathVariable UUID id, @Valid @RequestBody LineRemoval request) {
        QuoteId quote = owned(id);
        return commands.update(
                request, new RemoveQuoteLine(quote, request.lineNumber(), commands.expectedVersion()), quote);
    }

    @PostMapping("/{id}/approve")
    ResponseEntity<Accepted> approve(@PathVariable UUID id, @Valid @RequestBody Approval request) {
        QuoteId quote = new QuoteId(id);
        return commands.update(
                request, new ApproveQuote(quote, staff.current(), request.note(), commands.expectedVersion()), quote);
    }

    @PostMapping("/{id}/issue")
    ResponseEntity<Accepted> issue(@PathVariable UUID id, @RequestBody(required = false) Issuance request) {
        QuoteId quote = owned(id);
        Issuance issuance = request == null ? new Issuance() : request;
        return commands.update(issuance, new IssueQuote(quote, today(), commands.expectedVersion()), quote);
    }

    @PostMapping("/{id}/record-feedback")
    ResponseEntity<Accepted> recordFeedback(@PathVariable UUID id, @Valid @RequestBody Feedback request) {
        QuoteId quote = owned(id);
        return commands.update(
                request, new RecordQuoteFeedback(quote, request.feedback(), commands.expectedVersion()), quote);
    }

    @PostMapping("/{id}/revise")
    ResponseEntity<Accepted> revise(@PathVariable UUID id, @Valid @RequestBody Revision request) {
        QuoteId quote = owned(id);
        return commands.update(
                request,
                new ReviseQuote(quote, request.reason(), request.validUntil(), commands.expectedVersion()),
                quote);
    }

    /** The customer's acceptance is recorded on the day it is reported: today, by the server's calendar. */
    @PostMapping("/{id}/accept")
    ResponseEntity<Accepted> accept(@PathVariable UUID id, @RequestBody(required = false) Acceptance request) {
        QuoteId quote = owned(id);
        return commands.update(new Acceptance(), new AcceptQuote(quote, today(), commands.expectedVersion()), quote);
    }

    @PostMapping("/{id}/reject")
    ResponseEntity<Accepted> reject(@PathVariable UUID id, @Valid @RequestBody Rejection request) {
        QuoteId quote = owned(id);
        return commands.update(request, new RejectQuote(quote, request.reason(), commands.expectedVersion()), quote);
    }

    @ReadsProjection("quote-book")
    @GetMapping("/{id}")
    ResponseEntity<QuoteView> find(@PathVariable UUID id) {
        QuoteView quote = queries.query(
                        new FindQuote(new QuoteId(id)), ResponseTypes.optionalInstanceOf(QuoteView.class))
                .join()
                .orElseThrow(() -> new NotFound("quote", id));
        ownership.requireReadable(quote.customerId());
        return ResponseEntity.ok().eTag(Versions.entityTag(quote.version())).body(quote);
    }

    /** A revision exactly as it was sent to the customer. */
    @ReadsProjection("quote-book")
    @GetMapping("/{id}/revisions/{revision}")
    IssuedRevisionView revision(@PathVariable UUID id, @PathVariable int revision) {
        find(id);
        return queries.query(
                        new FindQuoteRevision(new QuoteId(id), revision),
                        ResponseTypes.optionalInstanceOf(IssuedRevisionView.class))
                .join()
                .orElseThrow(() -> new NotFound("issued revision " + revision + " of quote", id));
    }

    @ReadsProjection("quote-book")
    @GetMapping
    QuotePage list(
            @RequestParam(required = false) UUID customerId,
            @RequestParam(required = false) Username salesperson,
            @RequestParam(required = false) QuoteStatus status,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
        return queries.query(
                        new ListQuotes(
                                customerId == null ? null : new CustomerId(customerId),
                                ownership.listedSalesperson(salesperson, "quotes"),
                                status,
                                page,
                                size),
                        ResponseTypes.instanceOf(QuotePage.class))
                .join();
    }

    /**
     * The quote, if the caller may work on it: its customer's owner or a manager, decided from the quote's first
     * event; an unknown quote passes on to the command, which refuses it.
     */
    private QuoteId owned(UUID id) {
        QuoteId quote = new QuoteId(id);
        firstEvents
                .of(quote, QuoteDrafted.class)
                .ifPresent(drafted -> ownership.requireOwnerOrManager(drafted.customerId()));
        return quote;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    record Draft(
            @NotNull CustomerId customerId,
            @NotNull Currency currency,
            @NotNull DeliveryTerms deliveryTerms,
            @NotNull LocalDate validUntil) {}

    record Line(
            @NotNull ProductId productId,
            @NotNull @Positive BigDecimal quantity,
            UnitOfMeasure unit,
            Money unitPrice,
            Percentage discount) {}

    record LineChange(
            @NotNull Integer lineNumber,
            @NotNull @Positive BigDecimal quantity,
            UnitOfMeasure unit,
            Money unitPrice,
            Percentage discount) {}

    record LineRemoval(@NotNull Integer lineNumber) {}

    record Approval(String note) {}

    record Issuance() {}

    record Feedback(@NotBlank String feedback) {}

    record Revision(@NotBlank String reason, LocalDate validUntil) {}

    record Acceptance() {}

    record Rejection(@NotBlank String reason) {}
}
