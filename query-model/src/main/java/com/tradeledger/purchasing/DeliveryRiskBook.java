package com.tradeledger.purchasing;

import static com.tradeledger.shared.Columns.instant;
import static com.tradeledger.shared.Columns.nullable;
import static com.tradeledger.shared.Columns.timestamp;

import com.fasterxml.jackson.core.type.TypeReference;
import com.tradeledger.shared.ContractId;
import com.tradeledger.shared.EventStamp;
import com.tradeledger.shared.PageWindow;
import com.tradeledger.shared.PurchaseOrderId;
import com.tradeledger.shared.ReadModelJson;
import com.tradeledger.shared.SupplierId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The delivery risks' table (交期匹配): one row per purchase order line and requisition it covers that was ever at risk,
 * with every raise, clear and close. The projection writes it, the query handlers read it. A row only takes an event of
 * its order later than the last one it took, so a redelivered event is not applied or listed twice.
 */
@Component
public class DeliveryRiskBook {

    private static final TypeReference<List<DeliveryRiskChange>> HISTORY = new TypeReference<>() {};

    private final JdbcClient jdbc;
    private final ReadModelJson json = new ReadModelJson();

    public DeliveryRiskBook(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Opens the risk, or raises it again with the new promise and days late. */
    public void raise(DeliveryRiskRaised raised, EventStamp stamp) {
        var change = new DeliveryRiskChange(
                DeliveryRiskStatus.OPEN, null, raised.promisedDate(), raised.daysLate(), stamp.at());
        var columns = new HashMap<String, Object>();
        columns.put("orderId", raised.purchaseOrderId().value());
        columns.put("lineNumber", raised.lineNumber());
        columns.put("requisitionId", raised.requisitionId().value());
        columns.put("contractId", raised.contractId().value());
        columns.put("contractLine", raised.contractLine());
        columns.put("supplierId", raised.supplierId().value());
        columns.put("status", DeliveryRiskStatus.OPEN.name());
        columns.put("daysLate", raised.daysLate());
        columns.put("dateNeeded", raised.dateNeeded());
        columns.put("promisedDate", raised.promisedDate());
        columns.put("history", json.write(List.of(change)));
        columns.put("version", stamp.version());
        columns.put("at", timestamp(stamp.at()));
        jdbc.sql("""
                        insert into delivery_risk as risk (purchase_order_id, line_number, requisition_id, contract_id,
                            contract_line, supplier_id, status, days_late, date_needed, promised_date, history, version,
                            raised_at, changed_at)
                        values (:orderId, :lineNumber, :requisitionId, :contractId, :contractLine, :supplierId, :status,
                            :daysLate, :dateNeeded, :promisedDate, cast(:history as jsonb), :version, :at, :at)
                        on conflict (purchase_order_id, line_number, requisition_id) do update
                           set status = excluded.status, closure = null, days_late = excluded.days_late,
                               date_needed = excluded.date_needed, promised_date = excluded.promised_date,
                               history = risk.history || excluded.history, version = excluded.version,
                               changed_at = excluded.changed_at
                         where risk.version < excluded.version
                        """).params(columns).update();
    }

    public void clear(DeliveryRiskCleared cleared, EventStamp stamp) {
        var change = new DeliveryRiskChange(DeliveryRiskStatus.CLEARED, null, cleared.promisedDate(), 0, stamp.at());
        var columns = new HashMap<String, Object>();
        columns.put("orderId", cleared.purchaseOrderId().value());
        columns.put("lineNumber", cleared.lineNumber());
        columns.put("requisitionId", cleared.requisitionId().value());
        columns.put("status", DeliveryRiskStatus.CLEARED.name());
        columns.put("promisedDate", cleared.promisedDate());
        columns.put("change", json.write(change));
        columns.put("version", stamp.version());
        columns.put("at", timestamp(stamp.at()));
        jdbc.sql("""
                        update delivery_risk
                           set status = :status, closure = null, days_late = 0, promised_date = :promisedDate,
                               history = history || jsonb_build_array(cast(:change as jsonb)),
                               version = :version, changed_at = :at
                         where purchase_order_id = :orderId and line_number = :lineNumber
                           and requisition_id = :requisitionId and version < :version
                        """).params(columns).update();
    }

    /**
     * Closes the risk: it no longer stands, for the closure given. The promise and days late stay as they last
     * stood, in the row and in the history entry, since the goods came, or will never come, that late.
     */
    public void close(DeliveryRiskClosed closed, EventStamp stamp) {
        var change = new DeliveryRiskChange(DeliveryRiskStatus.CLOSED, closed.closure(), null, 0, stamp.at());
        var columns = new HashMap<String, Object>();
        columns.put("orderId", closed.purchaseOrderId().value());
        columns.put("lineNumber", closed.lineNumber());
        columns.put("requisitionId", closed.requisitionId().value());
        columns.put("status", DeliveryRiskStatus.CLOSED.name());
        columns.put("closure", closed.closure().name());
        columns.put("change", json.write(change));
        columns.put("version", stamp.version());
        columns.put("at", timestamp(stamp.at()));
        jdbc.sql("""
                        update delivery_risk
                           set status = :status, closure = :closure,
                               history = history || jsonb_build_array(cast(:change as jsonb)
                                   || jsonb_build_object('promisedDate', promised_date, 'daysLate', days_late)),
                               version = :version, changed_at = :at
                         where purchase_order_id = :orderId and line_number = :lineNumber
                           and requisition_id = :requisitionId and version < :version
                        """).params(columns).update();
    }

    /** Empties the risks, so that they can be rebuilt from the events. */
    public void clearAll() {
        jdbc.sql("delete from delivery_risk").update();
    }

    DeliveryRiskPage list(DeliveryRiskSelection selection, PageWindow window) {
        long total = jdbc.sql(selection.count())
                .params(selection.parameters())
                .query(Long.class)
                .single();
        List<DeliveryRiskView> items = jdbc.sql(selection.page(window))
                .params(selection.parameters())
                .query(this::riskOf)
                .list();
        return new DeliveryRiskPage(items, window.page(), window.size(), total);
    }

    private DeliveryRiskView riskOf(ResultSet row, int rowNumber) throws SQLException {
        return new DeliveryRiskView(
                new PurchaseOrderId(row.getObject("purchase_order_id", UUID.class)),
                row.getInt("line_number"),
                new RequisitionId(row.getObject("requisition_id", UUID.class)),
                new ContractId(row.getObject("contract_id", UUID.class)),
                row.getInt("contract_line"),
                new SupplierId(row.getObject("supplier_id", UUID.class)),
                DeliveryRiskStatus.valueOf(row.getString("status")),
                nullable(row.getString("closure"), DeliveryRiskClosure::valueOf),
                row.getInt("days_late"),
                row.getObject("date_needed", LocalDate.class),
                row.getObject("promised_date", LocalDate.class),
                json.read(row.getString("history"), HISTORY),
                instant(row, "raised_at"),
                instant(row, "changed_at"));
    }
}
