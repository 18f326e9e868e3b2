package com.tradeledger.billing;

import static com.tradeledger.shared.Columns.nullable;
import static com.tradeledger.shared.Columns.timestamp;

import com.tradeledger.shared.EventStamp;
import com.tradeledger.shared.Filters;
import com.tradeledger.shared.Money;
import com.tradeledger.shared.PageWindow;
import com.tradeledger.shared.ReadModelJson;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The invoice book's table: one row per invoice as it now stands, with the payments and credit notes against it
 * and the commission its collections earned. The projection writes it, the query handlers read it. Every change
 * carries the stamp of its event and is skipped when the invoice already holds that event or a later one.
 */
@Component
public class InvoiceBook {

    private final JdbcClient jdbc;
    private final ReadModelJson json = new ReadModelJson();
    private final InvoiceRows rows = new InvoiceRows(json);

    public InvoiceBook(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds a newly issued invoice, open for its whole total; an invoice already in the book is left as it is. */
    public void add(InvoiceIssued issued, EventStamp stamp) {
        var columns = new HashMap<String, Object>();
        columns.put("id", issued.invoiceId().value());
        columns.put("number", issued.number().value());
        columns.put("kind", issued.kind().name());
        columns.put("contractId", issued.contractId().value());
        columns.put("shipmentId", nullable(issued.shipmentId(), id -> id.value()));
        columns.put("customerId", issued.customerId().value());
        columns.put("salesperson", issued.salesperson().value());
        columns.put("currency", issued.currency().getCurrencyCode());
        columns.put("lines", json.write(issued.lines()));
        columns.put("goodsTotal", issued.goodsTotal().amount());
        columns.put("depositApplied", issued.depositApplied().amount());
        columns.put("total", issued.total().amount());
        columns.put("status", InvoiceStatus.OPEN.name());
        columns.put("issuedOn", issued.issuedOn());
        columns.put("dueOn", issued.dueOn());
        columns.put(
                "agent", nullable(issued.commission(), terms -> terms.agent().value()));
        columns.put("rate", nullable(issued.commission(), terms -> terms.rate().value()));
        columns.put("version", stamp.version());
        columns.put("at", timestamp(stamp.at()));
        jdbc.sql("""
                        insert into invoice_book (invoice_id, number, kind, contract_id, shipment_id, customer_id,
                            salesperson, currency, lines, goods_total, deposit_applied, total, outstanding, status,
                            issued_on, due_on, commission_agent, commission_rate, version, issued_at, changed_at)
                        values (:id, :number, :kind, :contractId, :shipmentId, :customerId, :salesperson, :currency,
                            cast(:lines as jsonb), :goodsTotal, :depositApplied, :total, :total, :status, :issuedOn,
                            :dueOn, :agent, :rate, :version, :at, :at)
                        on conflict (invoice_id) do nothing
                        """).params(columns).update();
    }

    public void applyPayment(InvoiceId id, AppliedPaymentView payment, Money outstandingAfter, EventStamp stamp) {
        var columns = new HashMap<String, Object>();
        columns.put("applied", payment.applied().amount());
        columns.put("outstanding", outstandingAfter.amount());
        columns.put("payment", json.write(payment));
        update(
                id,
                stamp,
                "paid = paid + :applied, outstanding = :outstanding,"
                        + " payments = payments || jsonb_build_array(cast(:payment as jsonb))",
                columns);
    }

    public void credit(InvoiceId id, CreditNoteView creditNote, Money outstandingAfter, EventStamp stamp) {
        var columns = new HashMap<String, Object>();
        columns.put("amount", creditNote.amount().amount());
        columns.put("outstanding", outstandingAfter.amount());
        columns.put("creditNote", json.write(creditNote));
        update(
                id,
                stamp,
                "credited = credited + :amount, outstanding = :outstanding,"
                        + " credit_notes = credit_notes || jsonb_build_array(cast(:creditNote as jsonb))",
                columns);
    }

    public void settle(InvoiceId id, LocalDate settledOn, EventStamp stamp) {
        var columns = Map.<String, Object>of("status", InvoiceStatus.SETTLED.name(), "settledOn", settledOn);
        update(id, stamp, "status = :status, settled_on = :settledOn", columns);
    }

    /** A cancelled invoice asks for nothing any more, so nothing is outstanding on it. */
    public void cancel(InvoiceId id, String reason, EventStamp stamp) {
        var columns = new HashMap<String, Object>();
        columns.put("status", InvoiceStatus.CANCELLED.name());
        columns.put("reason", reason);
        update(id, stamp, "status = :status, cancellation_reason = :reason, outstanding = 0", columns);
    }

    public void remind(InvoiceId id, int level, LocalDate remindedOn, EventStamp stamp) {
        var columns = Map.<String, Object>of("level", level, "remindedOn", remindedOn);
        update(id, stamp, "dunning_level = :level, last_reminded_on = :remindedOn", columns);
    }

    public void accrueCommission(InvoiceId id, Money commission, EventStamp stamp) {
        update(id, stamp, "commission_accrued = commission_accrued + :amount", Map.of("amount", commission.amount()));
    }

    public void clawBackCommission(InvoiceId id, Money commission, EventStamp stamp) {
        update(
                id,
                stamp,
                "commission_clawed_back = commission_clawed_back + :amount",
                Map.of("amount", commission.amount()));
    }

    public void payCommission(InvoiceId id, Money amount, EventStamp stamp) {
        update(id, stamp, "commission_paid = commission_paid + :amount", Map.of("amount", amount.amount()));
    }

    /** Empties the book, so that it can be rebuilt from the events. */
    public void clear() {
        jdbc.sql("delete from invoice_book").update();
    }

    Optional<InvoiceView> find(InvoiceId id) {
        return jdbc.sql("select * from invoice_book where invoice_id = :id")
                .param("id", id.value())
                .query(rows::invoiceOf)
                .optional();
    }

    InvoicePage list(Filters filters, PageWindow window) {
        long total = jdbc.sql("select count(*) from invoice_book" + filters.where())
                .params(filters.parameters())
                .query(Long.class)
                .single();
        List<InvoiceSummary> items = jdbc.sql("select * from invoice_book" + filters.where()
                        + " order by issued_on desc, number desc limit :limit offset :offset")
                .params(filters.parameters())
                .param("limit", window.size())
                .param("offset", window.offset())
                .query(rows::summaryOf)
                .list();
        return new InvoicePage(items, window.page(), window.size(), total);
    }

    // The version guard is what makes a redelivered or replayed event a no-op.
    private void update(InvoiceId id, EventStamp stamp, String assignments, Map<String, ?> columns) {
        jdbc.sql("update invoice_book set " + assignments + ", version = :version, changed_at = :changedAt"
                        + " where invoice_id = :id and version < :version")
                .params(columns)
                .param("id", id.value())
                .param("version", stamp.version())
                .param("changedAt", timestamp(stamp.at()))
                .update();
    }
}
