package com.tradeledger.purchasing;

import static com.tradeledger.shared.Columns.timestamp;

import com.tradeledger.shared.EventStamp;
import com.tradeledger.shared.PageWindow;
import com.tradeledger.shared.PurchaseOrderId;
import com.tradeledger.shared.ReadModelJson;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The purchase book's orders: one row per purchase order and one per order line with what was accepted and
 * cancelled of it and its promised date. The projection writes them, the query handlers read them. Every change
 * carries the stamp of its event and is skipped when the order already holds that event or a later one; the
 * order's status is then worked out again from its lines.
 */
@Component
public class PurchaseOrderBook {

    private final JdbcClient jdbc;
    private final ReadModelJson json = new ReadModelJson();
    private final PurchaseOrderRows rows = new PurchaseOrderRows(json);

    public PurchaseOrderBook(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds a newly placed order with its lines; an order already in the book is left as it is. */
    public void place(PurchaseOrderPlaced placed, EventStamp stamp) {
        var columns = new HashMap<String, Object>();
        columns.put("id", placed.purchaseOrderId().value());
        columns.put("supplierId", placed.supplierId().value());
        columns.put("currency", placed.currency().getCurrencyCode());
        columns.put("total", placed.total().amount());
        columns.put("status", PurchaseOrderStatus.PLACED.name());
        columns.put("placedBy", placed.placedBy().value());
        columns.put("placedOn", placed.placedOn());
        columns.put("lines", json.write(placed.lines()));
        columns.put("version", stamp.version());
        columns.put("at", timestamp(stamp.at()));
        jdbc.sql("""
                        with added as (
                            insert into purchase_order_book (purchase_order_id, supplier_id, currency, total_amount,
                                status, contract_ids, placed_by, placed_on, version, placed_at, changed_at)
                            values (:id, :supplierId, :currency, :total, :status,
                                array(select distinct cast(covered.requisition ->> 'contractId' as uuid)
                                        from jsonb_array_elements(cast(:lines as jsonb)) as given(line),
                                             jsonb_array_elements(given.line -> 'requisitions') as covered(requisition)),
                                :placedBy, :placedOn, :version, :at, :at)
                            on conflict (purchase_order_id) do nothing
                            returning purchase_order_id)
                        insert into purchase_order_line (purchase_order_id, line_number, line, ordered, promised_date)
                        select added.purchase_order_id, cast(given.line ->> 'lineNumber' as integer), given.line,
                            cast(given.line ->> 'quantity' as numeric), cast(given.line ->> 'promisedDate' as date)
                          from added, jsonb_array_elements(cast(:lines as jsonb)) as given(line)
                        """).params(columns).update();
    }

    /** The supplier confirmed the order: the promised dates it names replace the lines' earlier ones. */
    public void confirm(PurchaseOrderConfirmed confirmed, EventStamp stamp) {
        changeLines(
                confirmed.purchaseOrderId(),
                stamp,
                "confirmed = true, ",
                """
                update purchase_order_line set promised_date = cast(promised.date ->> 'date' as date)
                  from taken, jsonb_array_elements(cast(:dates as jsonb)) as promised(date)
                 where purchase_order_line.purchase_order_id = taken.purchase_order_id
                   and line_number = cast(promised.date ->> 'lineNumber' as integer)""",
                Map.of("dates", json.write(confirmed.promisedDates())));
    }

    public void changePromise(PromisedDateChanged changed, EventStamp stamp) {
        var columns = Map.<String, Object>of("lineNumber", changed.lineNumber(), "date", changed.promisedDate());
        changeLine(changed.purchaseOrderId(), stamp, "promised_date = :date", columns);
    }

    public void cancelLine(PurchaseOrderLineCancelled cancelled, EventStamp stamp) {
        var columns = Map.<String, Object>of(
                "lineNumber", cancelled.lineNumber(), "cancelled", cancelled.cancelledQuantity());
        changeLine(cancelled.purchaseOrderId(), stamp, "cancelled = cancelled + :cancelled", columns);
    }

    /** Takes what the line holds as accepted now, after a receipt or a return. */
    public void accept(PurchaseOrderId id, int lineNumber, BigDecimal acceptedSoFar, EventStamp stamp) {
        var columns = Map.<String, Object>of("lineNumber", lineNumber, "accepted", acceptedSoFar);
        changeLine(id, stamp, "accepted = :accepted", columns);
    }

    /** Empties the orders and their lines, so that both can be rebuilt from the events. */
    public void clear() {
        jdbc.sql("delete from purchase_order_line").update();
        jdbc.sql("delete from purchase_order_book").update();
    }

    Optional<PurchaseOrderView> find(PurchaseOrderId id) {
        List<PurchaseOrderLineView> lines = jdbc.sql(
                        "select * from purchase_order_line where purchase_order_id = :id order by line_number")
                .param("id", id.value())
                .query(rows::lineOf)
                .list();
        return jdbc.sql("select * from purchase_order_book where purchase_order_id = :id")
                .param("id", id.value())
                .query((row, number) -> rows.orderOf(row, lines))
                .optional();
    }

    PurchaseOrderPage list(Conditions conditions, PageWindow window) {
        long total = jdbc.sql("select count(*) from purchase_order_book" + conditions.where())
                .params(conditions.parameters())
                .query(Long.class)
                .single();
        List<PurchaseOrderSummary> items = jdbc.sql("select * from purchase_order_book" + conditions.where()
                        + " order by placed_at desc, purchase_order_id limit :limit offset :offset")
                .params(conditions.parameters())
                .param("limit", window.size())
                .param("offset", window.offset())
                .query(rows::summaryOf)
                .list();
        return new PurchaseOrderPage(items, window.page(), window.size(), total);
    }

    private void changeLine(PurchaseOrderId id, EventStamp stamp, String assignments, Map<String, ?> columns) {
        changeLines(id, stamp, "", """
                update purchase_order_line set %s
                  from taken
                 where purchase_order_line.purchase_order_id = taken.purchase_order_id
                   and line_number = :lineNumber""".formatted(assignments), columns);
    }

    // The order row's version guards its lines too: a line changes only with the order taking the event.
    // orderAssignments are empty or end with a comma.
    private void changeLines(
            PurchaseOrderId id, EventStamp stamp, String orderAssignments, String linesUpdate, Map<String, ?> columns) {
        jdbc.sql("""
                        with taken as (
                            update purchase_order_book set %sversion = :version, changed_at = :changedAt
                             where purchase_order_id = :id and version < :version
                            returning purchase_order_id)
                        """.formatted(orderAssignments) + linesUpdate)
                .params(columns)
                .param("id", id.value())
                .param("version", stamp.version())
                .param("changedAt", timestamp(stamp.at()))
                .update();
        settleStatus(id);
    }

    // Derived from the lines alone, so working it out again after a skipped event changes nothing. A line is open
    // while it is not cancelled and not all accepted (see PurchaseOrderRows.lineOf).
    private void settleStatus(PurchaseOrderId id) {
        jdbc.sql("""
                        update purchase_order_book o set status = case
                            when exists (select 1 from purchase_order_line l
                                          where l.purchase_order_id = o.purchase_order_id
                                            and l.cancelled = 0 and l.ordered - l.accepted > 0)
                                then case when o.confirmed then 'CONFIRMED' else 'PLACED' end
                            when exists (select 1 from purchase_order_line l
                                          where l.purchase_order_id = o.purchase_order_id and l.accepted > 0)
                                then 'RECEIVED'
                            else 'CANCELLED' end
                         where purchase_order_id = :id
                        """).param("id", id.value()).update();
    }
}
