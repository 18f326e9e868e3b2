package com.tradeledger.receivables;

import com.tradeledger.billing.DocumentNumber;
import com.tradeledger.billing.InvoiceId;
import com.tradeledger.billing.InvoiceKind;
import com.tradeledger.customers.CustomerCode;
import com.tradeledger.customers.CustomerId;
import com.tradeledger.shared.ContractId;
import com.tradeledger.shared.Money;
import com.tradeledger.shared.PageWindow;
import com.tradeledger.shared.Sorting;
import com.tradeledger.shared.Username;
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
 * Reads the receivables ledger: the invoices open on a day with their customer (the survivor of a merge) and the
 * salesperson who now owns it, aged on that day. Today they come from the invoices as they stand (only open ones, from
 * their partial index); on another day from the sum of each invoice's movements up to it.
 */
@Component
public class ReceivablesReport {

    private static final String CUSTOMERS = """
             left join receivable_customer c on c.customer_id = i.customer_id
             left join receivable_customer s on s.customer_id = coalesce(c.merged_into, i.customer_id)
            """;

    private static final String COLUMNS = """
            i.invoice_id, i.number, i.kind, i.contract_id, i.currency, i.total, i.issued_on, i.due_on,
            coalesce(c.merged_into, i.customer_id) as customer_id, s.code as customer_code, s.name as customer_name,
            coalesce(s.salesperson, i.salesperson) as salesperson,
            """;

    private static final String TODAY = "select " + COLUMNS
            + " i.paid, i.credited, i.outstanding, i.dunning_level from receivable_invoice i" + CUSTOMERS
            + " where i.outstanding > 0";

    private static final String AS_OF = "select " + COLUMNS
            + " b.paid, b.credited, b.outstanding, b.dunning_level from (select invoice_id, sum(paid) as paid,"
            + " sum(credited) as credited, sum(outstanding_delta) as outstanding,"
            + " coalesce(max(dunning_level), 0) as dunning_level from receivable_movement"
            + " where on_date <= cast(:day as date) group by invoice_id having sum(outstanding_delta) > 0) b"
            + " join receivable_invoice i on i.invoice_id = b.invoice_id" + CUSTOMERS;

    private static final Map<String, String> SORTS = Map.of(
            "dueDate", "r.due_on",
            "daysOverdue", AgeingSql.DAYS_OVERDUE,
            "outstanding", "r.outstanding",
            "customer", "r.customer_name",
            "number", "r.number");

    private final JdbcClient jdbc;
    private final Clock clock;

    public ReceivablesReport(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The receivables the filter selects, in the order asked for; the day is today unless the filter names one. */
    public AgeingSelection select(ReceivablesFilter filter, String sort) {
        LocalDate day = filter.asOf() == null ? LocalDate.now(clock) : filter.asOf();
        var conditions = new AgeingConditions(day)
                .add(
                        "r.customer_id = :customerId",
                        "customerId",
                        filter.customerId() == null ? null : filter.customerId().value())
                .add(
                        "r.salesperson = :salesperson",
                        "salesperson",
                        filter.salesperson() == null
                                ? null
                                : filter.salesperson().value())
                .add(
                        "r.currency = :currency",
                        "currency",
                        filter.currency() == null ? null : filter.currency().getCurrencyCode())
                .bucket(filter.bucket())
                .overdueOnly(filter.overdueOnly());
        return new AgeingSelection(
                filter.asOf() == null ? TODAY : AS_OF, conditions, Sorting.of(sort, SORTS, "dueDate", "r.invoice_id"));
    }

    ReceivablePage page(AgeingSelection selection, PageWindow window) {
        List<ReceivableView> items = selection.page(jdbc, window, ReceivablesReport::receivableOf);
        return new ReceivablePage(items, window.page(), window.size(), selection.total(jdbc), selection.day());
    }

    List<AgeingGroup> groups(AgeingSelection selection, ReceivablesGrouping by) {
        return switch (by) {
            case CUSTOMER ->
                selection.groups(
                        jdbc, "cast(r.customer_id as text)", "max(r.customer_name)", "max(r.customer_name), 1");
            case SALESPERSON -> selection.groups(jdbc, "r.salesperson", "null", "1");
            case CURRENCY -> selection.groups(jdbc, "r.currency", "null", "1");
            case BUCKET -> selection.groups(jdbc, AgeingSql.BUCKET, "null", "max(r.due_on) desc");
        };
    }

    /** One receivable as a flat line, from a row of {@link AgeingSelection#all()}. */
    public static ReceivableRow rowOf(ResultSet row, int rowNumber) throws SQLException {
        ReceivableView view = receivableOf(row, rowNumber);
        return new ReceivableRow(
                view.invoiceId().toString(),
                view.number().value(),
                view.kind().name(),
                view.customerId().toString(),
                row.getString("customer_code"),
                view.customerName(),
                view.salesperson().value(),
                view.contractId().toString(),
                view.amount().currency().getCurrencyCode(),
                view.amount().amount(),
                view.paid().amount(),
                view.credited().amount(),
                view.outstanding().amount(),
                view.issuedOn(),
                view.dueOn(),
                view.daysOverdue(),
                view.bucket(),
                view.dunningLevel());
    }

    private static ReceivableView receivableOf(ResultSet row, int rowNumber) throws SQLException {
        Currency currency = Currency.getInstance(row.getString("currency"));
        long daysOverdue = row.getLong("days_overdue");
        String code = row.getString("customer_code");
        return new ReceivableView(
                new InvoiceId(row.getObject("invoice_id", UUID.class)),
                new DocumentNumber(row.getString("number")),
                InvoiceKind.valueOf(row.getString("kind")),
                new CustomerId(row.getObject("customer_id", UUID.class)),
                code == null ? null : new CustomerCode(code),
                row.getString("customer_name"),
                new Username(row.getString("salesperson")),
                new ContractId(row.getObject("contract_id", UUID.class)),
                new Money(row.getBigDecimal("total"), currency),
                new Money(row.getBigDecimal("paid"), currency),
                new Money(row.getBigDecimal("credited"), currency),
                new Money(row.getBigDecimal("outstanding"), currency),
                row.getObject("issued_on", LocalDate.class),
                row.getObject("due_on", LocalDate.class),
                Math.max(daysOverdue, 0),
                AgeingBucket.of(daysOverdue),
                row.getInt("dunning_level"));
    }
}
