package com.tradeledger.payablesledger;

import static com.tradeledger.shared.Columns.timestamp;

import com.tradeledger.payables.SupplierBillApproved;
import com.tradeledger.payables.SupplierBillHeld;
import com.tradeledger.payables.SupplierBillId;
import com.tradeledger.payables.SupplierBillMatched;
import com.tradeledger.payables.SupplierBillPaid;
import com.tradeledger.payables.SupplierBillRecorded;
import com.tradeledger.payables.SupplierBillStatus;
import com.tradeledger.shared.EventStamp;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The supplier bills of the payables ledger (应付) as they now stand, and every movement of their balance with its
 * date: billed, paid. The outstanding on a day is the sum of the movements up to it. A bill takes only its own events
 * later than the last one it took, and each movement is keyed by its event, so a redelivered event changes nothing.
 */
@Component
public class PayablesLedger {

    private final JdbcClient jdbc;

    public PayablesLedger(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A bill is payable once recorded, until its match holds it. */
    public void recorded(SupplierBillRecorded recorded, EventStamp stamp) {
        BigDecimal total = recorded.total().amount();
        var columns = new HashMap<String, Object>();
        columns.put("id", recorded.billId().value());
        columns.put("supplierId", recorded.supplierId().value());
        columns.put("orderId", recorded.purchaseOrderId().value());
        columns.put("number", recorded.supplierInvoiceNumber());
        columns.put("currency", recorded.total().currency().getCurrencyCode());
        columns.put("total", total);
        columns.put("billedOn", recorded.billedOn());
        columns.put("dueOn", recorded.dueOn());
        columns.put("status", SupplierBillStatus.PAYABLE.name());
        columns.put("version", stamp.version());
        columns.put("at", timestamp(stamp.at()));
        int inserted = jdbc.sql("""
                        insert into payable_bill (bill_id, supplier_id, purchase_order_id, supplier_invoice_number,
                            currency, total, paid, outstanding, billed_on, due_on, status, version, changed_at)
                        values (:id, :supplierId, :orderId, :number, :currency, :total, 0, :total, :billedOn, :dueOn,
                            :status, :version, :at)
                        on conflict (bill_id) do nothing
                        """).params(columns).update();
        if (inserted == 1) {
            move(recorded.billId(), stamp, "BILLED", recorded.billedOn(), total, BigDecimal.ZERO);
        }
    }

    public void matched(SupplierBillMatched matched, EventStamp stamp) {
        change(matched.billId(), stamp, SupplierBillStatus.PAYABLE);
    }

    public void held(SupplierBillHeld held, EventStamp stamp) {
        change(held.billId(), stamp, SupplierBillStatus.HELD);
    }

    public void approved(SupplierBillApproved approved, EventStamp stamp) {
        change(approved.billId(), stamp, SupplierBillStatus.PAYABLE);
    }

    public void paid(SupplierBillPaid paid, EventStamp stamp) {
        BigDecimal after = paid.outstandingAfter().amount();
        BigDecimal amount = paid.amount().amount();
        Optional<BigDecimal> before = outstandingBefore(paid.billId(), stamp);
        before.ifPresent(outstanding -> {
            jdbc.sql("""
                            update payable_bill
                               set paid = paid + :amount, outstanding = :after,
                                   status = case when :after > 0 then status else 'PAID' end,
                                   version = :version, changed_at = :at
                             where bill_id = :id
                            """)
                    .params(Map.of("amount", amount, "after", after))
                    .param("id", paid.billId().value())
                    .param("version", stamp.version())
                    .param("at", timestamp(stamp.at()))
                    .update();
            move(paid.billId(), stamp, "PAYMENT", paid.paidOn(), after.subtract(outstanding), amount);
        });
    }

    /** Empties the bills and their movements, so that they can be rebuilt from the events. */
    public void clear() {
        jdbc.sql("delete from payable_movement").update();
        jdbc.sql("delete from payable_bill").update();
    }

    private void change(SupplierBillId bill, EventStamp stamp, SupplierBillStatus status) {
        jdbc.sql("""
                        update payable_bill set status = :status, version = :version, changed_at = :at
                         where bill_id = :id and version < :version
                        """)
                .param("id", bill.value())
                .param("status", status.name())
                .param("version", stamp.version())
                .param("at", timestamp(stamp.at()))
                .update();
    }

    private Optional<BigDecimal> outstandingBefore(SupplierBillId bill, EventStamp stamp) {
        return jdbc.sql("select outstanding from payable_bill where bill_id = :id and version < :version for update")
                .param("id", bill.value())
                .param("version", stamp.version())
                .query(BigDecimal.class)
                .optional();
    }

    private void move(
            SupplierBillId bill,
            EventStamp stamp,
            String kind,
            LocalDate on,
            BigDecimal outstandingDelta,
            BigDecimal paid) {
        jdbc.sql("""
                        insert into payable_movement (bill_id, sequence, kind, on_date, outstanding_delta, paid)
                        values (:id, :sequence, :kind, :on, :delta, :paid)
                        on conflict (bill_id, sequence) do nothing
                        """)
                .param("id", bill.value())
                .param("sequence", stamp.version())
                .param("kind", kind)
                .param("on", on)
                .param("delta", outstandingDelta)
                .param("paid", paid)
                .update();
    }
}
