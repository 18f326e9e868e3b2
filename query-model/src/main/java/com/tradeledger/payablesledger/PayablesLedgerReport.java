package com.tradeledger.payablesledger;

import com.tradeledger.payables.SupplierBillId;
import com.tradeledger.payables.SupplierBillStatus;
import com.tradeledger.purchasing.SupplierCode;
import com.tradeledger.receivables.AgeingBucket;
import com.tradeledger.receivables.AgeingConditions;
import com.tradeledger.receivables.AgeingGroup;
import com.tradeledger.receivables.AgeingSelection;
import com.tradeledger.receivables.AgeingSql;
import com.tradeledger.shared.Money;
import com.tradeledger.shared.PageWindow;
import com.tradeledger.shared.PurchaseOrderId;
import com.tradeledger.shared.Sorting;
import com.tradeledger.shared.SupplierId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads the payables ledger: the supplier bills open on a day with their supplier, aged on that day. Today they come
 * from the bills as they stand (only open ones, from their partial index); on another day from the sum of each bill's
 * movements up to it, with the status the bill has now.
 */
@Component
public class PayablesLedgerReport {

    private static final String COLUMNS = """
            b.bill_id, b.supplier_invoice_number, b.supplier_id, s.code as supplier_code, s.name as supplier_name,
            b.purchase_order_id, b.currency, b.total, b.billed_on, b.due_on, b.status,
            """;

    private static final String TODAY = "select " + COLUMNS + " b.paid, b.outstanding from payable_bill b"
            + " left join payable_supplier s on s.supplier_id = b.supplier_id where b.outstanding > 0";

    private static final String AS_OF = "select " + COLUMNS + " m.paid, m.outstanding from (select bill_id,"
            + " sum(paid) as paid, sum(outstanding_delta) as outstanding from payable_movement"
            + " where on_date <= cast(:day as date) group by bill_id having sum(outstanding_delta) > 0) m"
            + " join payable_bill b on b.bill_id = m.bill_id"
            + " left join payable_supplier s on s.supplier_id = b.supplier_id";

    private static final Map<String, String> SORTS = Map.of(
            "dueDate", "r.due_on",
            "daysOverdue", AgeingSql.DAYS_OVERDUE,
            "outstanding", "r.outstanding",
            "supplier", "r.supplier_name",
            "number", "r.supplier_invoice_number");

    private final JdbcClient jdbc;
    private final Clock clock;

    public PayablesLedgerReport(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The payables the filter selects, in the order asked for; the day is today unless the filter names one. */
    public AgeingSelection select(PayablesFilter filter, String sort) {
        LocalDate day = filter.asOf() == null ? LocalDate.now(clock) : filter.asOf();
        var conditions = new AgeingConditions(day)
                .add(
                        "r.supplier_id = :supplierId",
                        "supplierId",
                        filter.supplierId() == null ? null : filter.supplierId().value())
                .add(
                        "r.currency = :currency",
                        "currency",
                        filter.currency() == null ? null : filter.currency().getCurrencyCode())
                .add(
                        "r.status = :status",
                        "status",
                        filter.status() == null ? null : filter.status().name())
                .bucket(filter.bucket())
                .overdueOnly(filter.overdueOnly());
        return new AgeingSelection(
                filter.asOf() == null ? TODAY : AS_OF, conditions, Sorting.of(sort, SORTS, "dueDate", "r.bill_id"));
    }

    PayablePage page(AgeingSelection selection, PageWindow window) {
        List<PayableView> items = selection.page(jdbc, window, PayablesLedgerReport::payableOf);
        return new PayablePage(items, window.page(), window.size(), selection.total(jdbc), selection.day());
    }

    List<AgeingGroup> groups(AgeingSelection selection, PayablesGrouping by) {
        return switch (by) {
            case SUPPLIER ->
                selection.groups(
                        jdbc, "cast(r.supplier_id as text)", "max(r.supplier_name)", "max(r.supplier_name), 1");
            case CURRENCY -> selection.groups(jdbc, "r.currency", "null", "1");
            case BUCKET -> selection.groups(jdbc, AgeingSql.BUCKET, "null", "max(r.due_on) desc");
        };
    }

    /** One payable as a flat line, from a row of {@link AgeingSelection#all()}. */
    public static PayableRow rowOf(ResultSet row, int rowNumber) throws SQLException {
        PayableView view = payableOf(row, rowNumber);
        return new PayableRow(
                view.billId().toString(),
                view.supplierInvoiceNumber(),
                view.supplierId().toString(),
                row.getString("supplier_code"),
                view.supplierName(),
                view.purchaseOrderId().toString(),
                view.amount().currency().getCurrencyCode(),
                view.amount().amount(),
                view.paid().amount(),
                view.outstanding().amount(),
                view.billedOn(),
                view.dueOn(),
                view.daysOverdue(),
                view.bucket(),
                view.status());
    }

    private static PayableView payableOf(ResultSet row, int rowNumber) throws SQLException {
        Currency currency = Currency.getInstance(row.getString("currency"));
        long daysOverdue = row.getLong("days_overdue");
        String code = row.getString("supplier_code");
        return new PayableView(
                new SupplierBillId(row.getObject("bill_id", UUID.class)),
                row.getString("supplier_invoice_number"),
                new SupplierId(row.getObject("supplier_id", UUID.class)),
                code == null ? null : new SupplierCode(code),
                row.getString("supplier_name"),
                new PurchaseOrderId(row.getObject("purchase_order_id", UUID.class)),
                new Money(row.getBigDecimal("total"), currency),
                new Money(row.getBigDecimal("paid"), currency),
                new Money(row.getBigDecimal("outstanding"), currency),
                row.getObject("billed_on", LocalDate.class),
                row.getObject("due_on", LocalDate.class),
                Math.max(daysOverdue, 0),
                AgeingBucket.of(daysOverdue),
                SupplierBillStatus.valueOf(row.getString("status")));
    }
}
