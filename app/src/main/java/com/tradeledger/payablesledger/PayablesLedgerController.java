package com.tradeledger.payablesledger;

import com.tradeledger.payables.SupplierBillStatus;
import com.tradeledger.receivables.AgeingBucket;
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
import java.time.LocalDate;
import java.util.Currency;
import java.util.Locale;
import java.util.UUID;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
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
            @RequestParam(required = false) UUID supplierId,
            @RequestParam(required = false) Currency currency,
            @RequestParam(required = false) AgeingBucket bucket,
            @RequestParam(required = false) SupplierBillStatus status,
            @RequestParam(defaultValue = "false") boolean overdueOnly,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            @RequestParam(required = false) String sort,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
        PayablesFilter filter = readable(supplierId, currency, bucket, status, overdueOnly, asOf);
        return queries.query(new ListPayables(filter, sort, page, size), ResponseTypes.instanceOf(PayablePage.class))
                .join();
    }

    @GetMapping(value = LIST, params = "format=csv")
    ResponseEntity<StreamingResponseBody> csv(
            @RequestParam(required = false) UUID supplierId,
            @RequestParam(required = false) Currency currency,
            @RequestParam(required = false) AgeingBucket bucket,
            @RequestParam(required = false) SupplierBillStatus status,
            @RequestParam(defaultValue = "false") boolean overdueOnly,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            @RequestParam(required = false) String sort) {
        AgeingSelection selection =
                export.select(readable(supplierId, currency, bucket, status, overdueOnly, asOf), sort);
        return CsvExport.of("payables", PayableRow.class, sink -> export.export(selection, sink));
    }

    @GetMapping(value = LIST, produces = "text/csv")
    ResponseEntity<StreamingResponseBody> acceptingCsv(
            @RequestParam(required = false) UUID supplierId,
            @RequestParam(required = false) Currency currency,
            @RequestParam(required = false) AgeingBucket bucket,
            @RequestParam(required = false) SupplierBillStatus status,
            @RequestParam(defaultValue = "false") boolean overdueOnly,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            @RequestParam(required = false) String sort) {
        return csv(supplierId, currency, bucket, status, overdueOnly, asOf, sort);
    }

    /** Sums by supplier, currency or bucket; the totals add up to the list under the same filters. */
    @GetMapping(value = SUMMARY, produces = MediaType.APPLICATION_JSON_VALUE)
    AgeingSummary summary(
            @RequestParam(defaultValue = "bucket") String by,
            @RequestParam(required = false) UUID supplierId,
            @RequestParam(required = false) Currency currency,
            @RequestParam(required = false) AgeingBucket bucket,
            @RequestParam(required = false) SupplierBillStatus status,
            @RequestParam(defaultValue = "false") boolean overdueOnly,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        PayablesFilter filter = readable(supplierId, currency, bucket, status, overdueOnly, asOf);
        return queries.query(new SummarizePayables(filter, grouping(by)), ResponseTypes.instanceOf(AgeingSummary.class))
                .join();
    }

    @GetMapping(value = SUMMARY, params = "format=csv")
    ResponseEntity<StreamingResponseBody> summaryCsv(
            @RequestParam(defaultValue = "bucket") String by,
            @RequestParam(required = false) UUID supplierId,
            @RequestParam(required = false) Currency currency,
            @RequestParam(required = false) AgeingBucket bucket,
            @RequestParam(required = false) SupplierBillStatus status,
            @RequestParam(defaultValue = "false") boolean overdueOnly,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        AgeingSummary summary = summary(by, supplierId, currency, bucket, status, overdueOnly, asOf);
        return CsvExport.of(
                "payables-by-" + summary.by(),
                AgeingSummaryLine.class,
                sink -> AgeingSummaryLine.of(summary).forEach(sink));
    }

    @GetMapping(value = SUMMARY, produces = "text/csv")
    ResponseEntity<StreamingResponseBody> summaryAcceptingCsv(
            @RequestParam(defaultValue = "bucket") String by,
            @RequestParam(required = false) UUID supplierId,
            @RequestParam(required = false) Currency currency,
            @RequestParam(required = false) AgeingBucket bucket,
            @RequestParam(required = false) SupplierBillStatus status,
            @RequestParam(defaultValue = "false") boolean overdueOnly,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        return summaryCsv(by, supplierId, currency, bucket, status, overdueOnly, asOf);
    }

    /** Finance, managers (through the role hierarchy), auditors and purchasing read payables; no one else. */
    private PayablesFilter readable(
            UUID supplierId,
            Currency currency,
            AgeingBucket bucket,
            SupplierBillStatus status,
            boolean overdueOnly,
            LocalDate asOf) {
        if (!staff.currentUserHas(Role.FINANCE)
                && !staff.currentUserHas(Role.AUDITOR)
                && !staff.currentUserHas(Role.PURCHASING)) {
            throw new Forbidden("payables are read by finance, managers, auditors and purchasing");
        }
        return new PayablesFilter(
                supplierId == null ? null : new SupplierId(supplierId), currency, bucket, status, overdueOnly, asOf);
    }

    private static PayablesGrouping grouping(String by) {
        try {
            return PayablesGrouping.valueOf(by.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new InvalidField("by", "by: sum by supplier, currency or bucket");
        }
    }
}
