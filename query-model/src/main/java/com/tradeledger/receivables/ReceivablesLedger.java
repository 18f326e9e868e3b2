package com.tradeledger.receivables;

import static com.tradeledger.shared.Columns.timestamp;

import com.tradeledger.billing.DunningReminderIssued;
import com.tradeledger.billing.InvoiceCancelled;
import com.tradeledger.billing.InvoiceCredited;
import com.tradeledger.billing.InvoiceId;
import com.tradeledger.billing.InvoiceIssued;
import com.tradeledger.billing.InvoicePaymentApplied;
import com.tradeledger.billing.InvoiceSettled;
import com.tradeledger.shared.EventStamp;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The invoices of the receivables ledger (应收) as they now stand, and every movement of their balance with its
 * date: issued, paid, credited, cancelled, reminded. The outstanding on a day is the sum of the movements up to it.
 * An invoice takes only its own events later than the last one it took, and each movement is keyed by its event, so a
 * redelivered event changes nothing.
 */
@Component
public class ReceivablesLedger {

    private final JdbcClient jdbc;

    public ReceivablesLedger(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void issued(InvoiceIssued issued, EventStamp stamp) {
        BigDecimal total = issued.total().amount();
        var columns = new HashMap<String, Object>();
        columns.put("id", issued.invoiceId().value());
        columns.put("number", issued.number().value());
        columns.put("kind", issued.kind().name());
        columns.put("contractId", issued.contractId().value());
        columns.put("customerId", issued.customerId().value());
        columns.put("salesperson", issued.salesperson().value());
        columns.put("currency", issued.currency().getCurrencyCode());
        columns.put("total", total);
        columns.put("issuedOn", issued.issuedOn());
        columns.put("dueOn", issued.dueOn());
        columns.put("status", total.signum() > 0 ? "OPEN" : "SETTLED");
        columns.put("version", stamp.version());
        columns.put("at", timestamp(stamp.at()));
        int inserted = jdbc.sql("""
                        insert into receivable_invoice (invoice_id, number, kind, contract_id, customer_id, salesperson,
                            currency, total, paid, credited, outstanding, issued_on, due_on, dunning_level, status,
                            version, changed_at)
                        values (:id, :number, :kind, :contractId, :customerId, :salesperson, :currency, :total, 0, 0,
                            :total, :issuedOn, :dueOn, 0, :status, :version, :at)
                        on conflict (invoice_id) do nothing
                        """).params(columns).update();
        if (inserted == 1) {
            move(issued.invoiceId(), stamp, "ISSUED", issued.issuedOn(), total, BigDecimal.ZERO, BigDecimal.ZERO, null);
        }
    }

    public void paid(InvoicePaymentApplied applied, EventStamp stamp) {
        BigDecimal amount = applied.applied().amount();
        change(
                        applied.invoiceId(),
                        stamp,
                        "paid = paid + :amount, outstanding = :after",
                        Map.of(
                                "amount",
                                amount,
                                "after",
                                applied.outstandingAfter().amount()))
                .ifPresent(before -> move(
                        applied.invoiceId(),
                        stamp,
                        "PAYMENT",
                        applied.paidOn(),
                        applied.outstandingAfter().amount().subtract(before),
                        amount,
                        BigDecimal.ZERO,
                        null));
    }

    public void credited(InvoiceCredited credited, EventStamp stamp) {
        BigDecimal amount = credited.amount().amount();
        BigDecimal after = credited.outstandingAfter().amount();
        change(
                        credited.invoiceId(),
                        stamp,
                        "credited = credited + :amount, outstanding = :after",
                        Map.of("amount", amount, "after", after))
                .ifPresent(before -> move(
                        credited.invoiceId(),
                        stamp,
                        "CREDIT",
                        credited.issuedOn(),
                        after.subtract(before),
                        BigDecimal.ZERO,
                        amount,
                        null));
    }

    public void settled(InvoiceSettled settled, EventStamp stamp) {
        change(settled.invoiceId(), stamp, "status = 'SETTLED'", Map.of());
    }

    /** The event carries no date: the cancellation counts from the day (UTC) it was recorded. */
    public void cancelled(InvoiceCancelled cancelled, EventStamp stamp) {
        LocalDate on = LocalDate.ofInstant(stamp.at(), ZoneOffset.UTC);
        change(cancelled.invoiceId(), stamp, "status = 'CANCELLED', outstanding = 0", Map.of())
                .ifPresent(before -> move(
                        cancelled.invoiceId(),
                        stamp,
                        "CANCELLATION",
                        on,
                        before.negate(),
                        BigDecimal.ZERO,
                        BigDecimal.ZERO,
                        null));
    }

    public void reminded(DunningReminderIssued reminder, EventStamp stamp) {
        change(reminder.invoiceId(), stamp, "dunning_level = :level", Map.of("level", reminder.level()))
                .ifPresent(before -> move(
                        reminder.invoiceId(),
                        stamp,
                        "DUNNING",
                        reminder.remindedOn(),
                        BigDecimal.ZERO,
                        BigDecimal.ZERO,
                        BigDecimal.ZERO,
                        reminder.level()));
    }

    /** Empties the invoices and their movements, so that they can be rebuilt from the events. */
    public void clear() {
        jdbc.sql("delete from receivable_movement").update();
        jdbc.sql("delete from receivable_invoice").update();
    }

    /** Applies the change unless the invoice already took this event; the outstanding before it, when applied. */
    private Optional<BigDecimal> change(InvoiceId invoice, EventStamp stamp, String set, Map<String, Object> values) {
        Optional<BigDecimal> before = jdbc.sql(
                        "select outstanding from receivable_invoice where invoice_id = :id and version < :version"
                                + " for update")
                .param("id", invoice.value())
                .param("version", stamp.version())
                .query(BigDecimal.class)
                .optional();
        before.ifPresent(outstanding -> jdbc.sql("update receivable_invoice set " + set
                        + ", version = :version, changed_at = :at where invoice_id = :id")
                .params(values)
                .param("id", invoice.value())
                .param("version", stamp.version())
                .param("at", timestamp(stamp.at()))
                .update());
        return before;
    }

    private void move(
            InvoiceId invoice,
            EventStamp stamp,
            String kind,
            LocalDate on,
            BigDecimal outstandingDelta,
            BigDecimal paid,
            BigDecimal credited,
            Integer dunningLevel) {
        var columns = new HashMap<String, Object>();
        columns.put("id", invoice.value());
        columns.put("sequence", stamp.version());
        columns.put("kind", kind);
        columns.put("on", on);
        columns.put("delta", outstandingDelta);
        columns.put("paid", paid);
        columns.put("credited", credited);
        columns.put("level", dunningLevel);
        jdbc.sql("""
                        insert into receivable_movement (invoice_id, sequence, kind, on_date, outstanding_delta, paid,
                            credited, dunning_level)
                        values (:id, :sequence, :kind, :on, :delta, :paid, :credited, :level)
                        on conflict (invoice_id, sequence) do nothing
                        """).params(columns).update();
    }
}
