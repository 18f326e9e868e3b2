package com.tradeledger.receivables;

import com.tradeledger.customers.CustomerId;
import com.tradeledger.customers.CustomerOwnership;
import com.tradeledger.security.Role;
import com.tradeledger.security.Staff;
import com.tradeledger.shared.Username;
import com.tradeledger.web.CsvExport;
import com.tradeledger.web.Forbidden;
import com.tradeledger.web.InvalidField;
import com.tradeledger.web.ReadsProjection;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.Locale;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * Receivables (应收帐款) over HTTP for analysts: the open invoices aged on a day and their summaries, as JSON or as
 * {@code text/csv} ({@code ?format=csv} or {@code Accept: text/csv}) with the same filters. Finance, managers and
 * auditors read every customer's; salespeople their own customers' only; nobody else any.
 */
@RestController
@ReadsProjection({"receivables", "exchange-rates"})
class ReceivablesController {

    private static final String LIST = "/api/v1/receivables";
    private static final String SUMMARY = "/api/v1/receivables/summary";

    private final QueryGateway queries;
    private final ReceivablesExport export;
    private final CustomerOwnership ownership;
    private final Staff staff;

    ReceivablesController(QueryGateway queries, ReceivablesExport export, CustomerOwnership ownership, Staff staff) {
        this.queries = queries;
        this.export = export;
        this.ownership = ownership;
        this.staff = staff;
    }

    @GetMapping(value = LIST, produces = MediaType.APPLICATION_JSON_VALUE)
    ReceivablePage list(
            @ModelAttribute ReceivablesQuestion question,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
        return queries.query(
                        new ListReceivables(readable(question), question.sort(), page, size),
                        ResponseTypes.instanceOf(ReceivablePage.class))
                .join();
    }

    @GetMapping(value = LIST, params = "format=csv")
    ResponseEntity<StreamingResponseBody> csv(@ModelAttribute ReceivablesQuestion question) {
        AgeingSelection selection = export.select(readable(question), question.sort());
        return CsvExport.of("receivables", ReceivableRow.class, sink -> export.export(selection, sink));
    }

    @GetMapping(value = LIST, produces = "text/csv")
    ResponseEntity<StreamingResponseBody> acceptingCsv(@ModelAttribute ReceivablesQuestion question) {
        return csv(question);
    }

    /** Sums by customer, salesperson, currency or bucket; the totals add up to the list under the same filters. */
    @GetMapping(value = SUMMARY, produces = MediaType.APPLICATION_JSON_VALUE)
    AgeingSummary summary(@ModelAttribute ReceivablesQuestion question) {
        return queries.query(
                        new SummarizeReceivables(readable(question), grouping(question.grouping())),
                        ResponseTypes.instanceOf(AgeingSummary.class))
                .join();
    }

    @GetMapping(value = SUMMARY, params = "format=csv")
    ResponseEntity<StreamingResponseBody> summaryCsv(@ModelAttribute ReceivablesQuestion question) {
        AgeingSummary summary = summary(question);
        return CsvExport.of(
                "receivables-by-" + summary.by(),
                AgeingSummaryLine.class,
                sink -> AgeingSummaryLine.of(summary).forEach(sink));
    }

    @GetMapping(value = SUMMARY, produces = "text/csv")
    ResponseEntity<StreamingResponseBody> summaryAcceptingCsv(@ModelAttribute ReceivablesQuestion question) {
        return summaryCsv(question);
    }

    /**
     * The filter as the caller may read it: salespeople only their own customers' receivables (another's customer
     * or salesperson is refused); staff who neither sell nor read every customer, none.
     */
    private ReceivablesFilter readable(ReceivablesQuestion question) {
        if (!ownership.readsAllCustomers() && !staff.currentUserHas(Role.SALES)) {
            throw new Forbidden("receivables are read by finance, managers, auditors and salespeople");
        }
        CustomerId customer = question.customerId() == null ? null : new CustomerId(question.customerId());
        if (customer != null) {
            ownership.requireReadable(customer);
        }
        String salesperson = question.salesperson();
        Username listed = ownership.listedSalesperson(
                salesperson == null || salesperson.isBlank() ? null : Username.of(salesperson), "receivables");
        return new ReceivablesFilter(
                customer, listed, question.currency(), question.bucket(), question.overdue(), question.asOf());
    }

    private static ReceivablesGrouping grouping(String by) {
        try {
            return ReceivablesGrouping.valueOf(by.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new InvalidField("by", "by: sum by customer, salesperson, currency or bucket");
        }
    }
}
