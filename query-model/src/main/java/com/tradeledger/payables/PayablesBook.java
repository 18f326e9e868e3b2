package com.tradeledger.payables;

import static com.tradeledger.shared.Columns.timestamp;

import com.tradeledger.shared.EventStamp;
import com.tradeledger.shared.Filters;
import com.tradeledger.shared.PageWindow;
import com.tradeledger.shared.ReadModelJson;
import com.tradeledger.shared.Username;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The payables book's tables (应付): one row per supplier bill with its match, approval and payments, and one per
 * payment made to a supplier, whose allocations are the bills' payments naming it. The projection writes them, the
 * query handlers read them. Every change carries the stamp of its event and is skipped when the bill (or payment)
 * already holds that event or a later one.
 */
@Component
public class PayablesBook {

    private final JdbcClient jdbc;
    private final ReadModelJson json = new ReadModelJson();
    private final PayablesRows rows = new PayablesRows(json);

    public PayablesBook(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds a newly recorded bill, held until its match says otherwise; one already in the book is left as it is. */
    public void record(SupplierBillRecorded recorded, EventStamp stamp) {
        var columns = new HashMap<String, Object>();
        columns.put("id", recorded.billId().value());
        columns.put("supplierId", recorded.supplierId().value());
        columns.put("orderId", recorded.purchaseOrderId().value());
        columns.put("invoiceNumber", recorded.supplierInvoiceNumber());
        columns.put("currency", recorded.total().currency().getCurrencyCode());
        columns.put("lines", json.write(recorded.lines()));
        columns.put("status", SupplierBillStatus.HELD.name());
        columns.put("total", recorded.total().amount());
        columns.put("billedOn", recorded.billedOn());
        columns.put("dueOn", recorded.dueOn());
        columns.put("recordedBy", recorded.recordedBy().value());
        columns.put("version", stamp.version());
        columns.put("at", timestamp(stamp.at()));
        jdbc.sql("""
                        insert into supplier_bill_book (bill_id, supplier_id, purchase_order_id, supplier_invoice_number,
                            currency, lines, status, total, outstanding, billed_on, due_on, recorded_by, version,
                            recorded_at, changed_at)
                        values (:id, :supplierId, :orderId, :invoiceNumber, :currency, cast(:lines as jsonb), :status,
                            :total, :total, :billedOn, :dueOn, :recordedBy, :version, :at, :at)
                        on conflict (bill_id) do nothing
                        """).params(columns).update();
    }

    public void match(SupplierBillId id, EventStamp stamp) {
        update(id, stamp, "status = :status", Map.of("status", SupplierBillStatus.PAYABLE.name()));
    }

    public void hold(SupplierBillId id, List<Mismatch> mismatches, EventStamp stamp) {
        var columns =
                Map.<String, Object>of("status", SupplierBillStatus.HELD.name(), "mismatches", json.write(mismatches));
        update(id, stamp, "status = :status, mismatches = cast(:mismatches as jsonb)", columns);
    }

    public void approve(SupplierBillId id, Username approvedBy, String reason, EventStamp stamp) {
        var columns = Map.<String, Object>of(
                "status", SupplierBillStatus.PAYABLE.name(), "approvedBy", approvedBy.value(), "reason", reason);
        update(id, stamp, "status = :status, approved_by = :approvedBy, approval_reason = :reason", columns);
    }

    /** Adds the part of a payment to the bill; the bill is paid when nothing is outstanding after it. */
    public void pay(SupplierBillPaid paid, EventStamp stamp) {
        var payment = new SupplierBillPayment(paid.paymentId(), paid.amount(), paid.outstandingAfter(), paid.paidOn());
        var columns = new HashMap<String, Object>();
        columns.put("amount", paid.amount().amount());
        columns.put("outstanding", paid.outstandingAfter().amount());
        columns.put("payment", json.write(payment));
        columns.put("paid", SupplierBillStatus.PAID.name());
        update(
                paid.billId(),
                stamp,
                "paid = paid + :amount, outstanding = :outstanding,"
                        + " payments = payments || jsonb_build_array(cast(:payment as jsonb)),"
                        + " status = case when :outstanding = 0 then :paid else status end",
                columns);
    }

    /** Adds a payment made to a supplier; one already in the book is left as it is. */
    public void addPayment(SupplierPaymentMade made, EventStamp stamp) {
        var columns = new HashMap<String, Object>();
        columns.put("id", made.paymentId().value());
        columns.put("supplierId", made.supplierId().value());
        columns.put("amount", made.amount().amount());
        columns.put("currency", made.amount().currency().getCurrencyCode());
        columns.put("bankReference", made.bankReference());
        columns.put("paidOn", made.paidOn());
        columns.put("rate", made.rateToFunctional());
        columns.put("functionalAmount", made.functionalAmount().amount());
        columns.put("functionalCurrency", made.functionalAmount().currency().getCurrencyCode());
        columns.put("recordedBy", made.recordedBy().value());
        columns.put("version", stamp.version());
        columns.put("at", timestamp(stamp.at()));
        jdbc.sql("""
                        insert into supplier_payment_book (payment_id, supplier_id, amount, currency, bank_reference,
                            paid_on, rate_to_functional, functional_amount, functional_currency, recorded_by, version,
                            recorded_at)
                        values (:id, :supplierId, :amount, :currency, :bankReference, :paidOn, :rate,
                            :functionalAmount, :functionalCurrency, :recordedBy, :version, :at)
                        on conflict (payment_id) do nothing
                        """).params(columns).update();
    }

    /** Empties the bills and payments, so that both can be rebuilt from the events. */
    public void clear() {
        jdbc.sql("delete from supplier_bill_book").update();
        jdbc.sql("delete from supplier_payment_book").update();
    }

    Optional<SupplierBillView> findBill(SupplierBillId id) {
        return jdbc.sql("select * from supplier_bill_book where bill_id = :id")
                .param("id", id.value())
                .query(rows::billOf)
                .optional();
    }

    SupplierBillPage listBills(Filters filters, PageWindow window) {
        long total = jdbc.sql("select count(*) from supplier_bill_book" + filters.where())
                .params(filters.parameters())
                .query(Long.class)
                .single();
        List<SupplierBillView> items = jdbc.sql("select * from supplier_bill_book" + filters.where()
                        + " order by due_on, billed_on, bill_id limit :limit offset :offset")
                .params(filters.parameters())
                .param("limit", window.size())
                .param("offset", window.offset())
                .query(rows::billOf)
                .list();
        return new SupplierBillPage(items, window.page(), window.size(), total);
    }

    Optional<SupplierPaymentView> findPayment(SupplierPaymentId id) {
        return jdbc.sql(PAYMENTS + " where payment_id = :id")
                .param("id", id.value())
                .query(rows::paymentOf)
                .optional();
    }

    SupplierPaymentPage listPayments(Filters filters, PageWindow window) {
        long total = jdbc.sql("select count(*) from supplier_payment_book" + filters.where())
                .params(filters.parameters())
                .query(Long.class)
                .single();
        List<SupplierPaymentView> items = jdbc.sql(PAYMENTS + filters.where()
                        + " order by paid_on desc, recorded_at desc, payment_id limit :limit offset :offset")
                .params(filters.parameters())
                .param("limit", window.size())
                .param("offset", window.offset())
                .query(rows::paymentOf)
                .list();
        return new SupplierPaymentPage(items, window.page(), window.size(), total);
    }

    // A payment's allocations, in the order the bills recorded them, are gathered from the bills' payments.
    private static final String PAYMENTS = """
            select payment.*,
                   (select coalesce(jsonb_agg(jsonb_build_object('billId', bill.bill_id, 'amount', part.payment -> 'amount')
                                              order by bill.changed_at, bill.bill_id), '[]')
                      from supplier_bill_book bill, jsonb_array_elements(bill.payments) as part(payment)
                     where part.payment ->> 'paymentId' = cast(payment.payment_id as text)) as allocations
              from supplier_payment_book payment""";

    // The version guard is what makes a redelivered or replayed event a no-op.
    private void update(SupplierBillId id, EventStamp stamp, String assignments, Map<String, ?> columns) {
        jdbc.sql("update supplier_bill_book set " + assignments + ", version = :version, changed_at = :changedAt"
                        + " where bill_id = :id and version < :version")
                .params(columns)
                .param("id", id.value())
                .param("version", stamp.version())
                .param("changedAt", timestamp(stamp.at()))
                .update();
    }
}
