package com.tradeledger.payablesledger;

import com.tradeledger.receivables.AgeingSelection;
import com.tradeledger.receivables.AgeingSummary;
import com.tradeledger.receivables.AgeingSummaryLine;
import com.tradeledger.security.Role;
import com.tradeledger.security.Staff;
import com.tradeledger.shared.SupplierId;
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
 * Payables (应付帐款) over HTTP for analysts: the open supplier bills aged on a day and their summaries, as JSON or as
 * {@code text/csv} ({@code ?format=csv} or {@code Accept: text/csv}) with the same filters. For finance, managers,
 * auditors and purchasing.
 */
@RestController
@ReadsProjection({"payables-ledger", "exchange-rates"})
class PayablesLedgerController {

    private static final String LIST = "/api/v1/payables";
    private static final String SUMMARY = "/api/v1/payables/summary";

    private final QueryGateway queries;
    private final PayablesLedgerExport export;
    private final Staff staff;

    PayablesLedgerController(QueryGateway queries, PayablesLedgerExport export, Staff staff) {
        this.queries = queries;
        this.export = export;
        this.staff = staff;
    }

    @GetMapping(value = LIST, produces = MediaType.APPLICATION_JSON_VALUE)
    PayablePage list(
            @ModelAttribute PayablesQuestion question,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
        return queries.query(
                        new ListPayables(readable(question), question.sort(), page, size),
                        ResponseTypes.instanceOf(PayablePage.class))
                .join();
    }

    @GetMapping(value = LIST, params = "format=csv")
    ResponseEntity<StreamingResponseBody> csv(@ModelAttribute PayablesQuestion question) {
        AgeingSelection selection = export.select(readable(question), question.sort());
        return CsvExport.of("payables", PayableRow.class, sink -> export.export(selection, sink));
    }

    @GetMapping(value = LIST, produces = "text/csv")
    ResponseEntity<StreamingResponseBody> acceptingCsv(@ModelAttribute PayablesQuestion question) {
        return csv(question);
    }

    /** Sums by supplier, currency or bucket; the totals add up to the list under the same filters. */
    @GetMapping(value = SUMMARY, produces = MediaType.APPLICATION_JSON_VALUE)
    AgeingSummary summary(@ModelAttribute PayablesQuestion question) {
        return queries.query(
                        new SummarizePayables(readable(question), grouping(question.grouping())),
                        ResponseTypes.instanceOf(AgeingSummary.class))
                .join();
    }

    @GetMapping(value = SUMMARY, params = "format=csv")
    ResponseEntity<StreamingResponseBody> summaryCsv(@ModelAttribute PayablesQuestion question) {
        AgeingSummary summary = summary(question);
        return CsvExport.of(
                "payables-by-" + summary.by(),
                AgeingSummaryLine.class,
                sink -> AgeingSummaryLine.of(summary).forEach(sink));
    }

    @GetMapping(value = SUMMARY, produces = "text/csv")
    ResponseEntity<StreamingResponseBody> summaryAcceptingCsv(@ModelAttribute PayablesQuestion question) {
        return summaryCsv(question);
    }

    /** Finance, managers (through the role hierarchy), auditors and purchasing read payables; no one else. */
    private PayablesFilter readable(PayablesQuestion question) {
        if (!staff.currentUserHas(Role.FINANCE)
                && !staff.currentUserHas(Role.AUDITOR)
                && !staff.currentUserHas(Role.PURCHASING)) {
            throw new Forbidden("payables are read by finance, managers, auditors and purchasing");
        }
        return new PayablesFilter(
                question.supplierId() == null ? null : new SupplierId(question.supplierId()),
                question.currency(),
                question.bucket(),
                question.status(),
                question.overdue(),
                question.asOf());
    }

    private static PayablesGrouping grouping(String by) {
        try {
            return PayablesGrouping.valueOf(by.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new InvalidField("by", "by: sum by supplier, currency or bucket");
        }
    }
}
