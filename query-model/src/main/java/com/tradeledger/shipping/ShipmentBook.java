package com.tradeledger.shipping;

import static com.tradeledger.shared.Columns.instant;
import static com.tradeledger.shared.Columns.nullable;
import static com.tradeledger.shared.Columns.timestamp;

import com.fasterxml.jackson.core.type.TypeReference;
import com.tradeledger.customers.CustomerId;
import com.tradeledger.shared.ContractId;
import com.tradeledger.shared.EventStamp;
import com.tradeledger.shared.Filters;
import com.tradeledger.shared.Money;
import com.tradeledger.shared.PageWindow;
import com.tradeledger.shared.ReadModelJson;
import com.tradeledger.shared.ShipmentId;
import com.tradeledger.shared.Username;
import com.tradeledger.stock.WarehouseCode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The shipment book's table: one row per shipment as it now stands. The projection writes it, the query handlers
 * read it. Every change carries the stamp of its event and is skipped when the shipment already holds that event
 * or a later one.
 */
@Component
public class ShipmentBook {

    private static final TypeReference<List<ShipmentLine>> LINES = new TypeReference<>() {};

    private final JdbcClient jdbc;
    private final ReadModelJson json = new ReadModelJson();

    public ShipmentBook(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds a newly planned shipment; a shipment already in the book is left as it is. */
    public void add(ShipmentPlanned planned, EventStamp stamp) {
        var columns = new HashMap<String, Object>();
        columns.put("id", planned.shipmentId().value());
        columns.put("contractId", planned.contractId().value());
        columns.put("customerId", planned.customerId().value());
        columns.put("warehouse", planned.warehouse().value());
        columns.put("status", ShipmentStatus.PLANNED.name());
        columns.put("lines", json.write(planned.lines()));
        columns.put("plannedBy", planned.plannedBy().value());
        columns.put("version", stamp.version());
        columns.put("at", timestamp(stamp.at()));
        jdbc.sql("""
                        insert into shipment_book (shipment_id, contract_id, customer_id, warehouse, status, lines,
                            planned_by, version, planned_at, changed_at)
                        values (:id, :contractId, :customerId, :warehouse, :status, cast(:lines as jsonb),
                            :plannedBy, :version, :at, :at)
                        on conflict (shipment_id) do nothing
                        """).params(columns).update();
    }

    /** Replaces the shipment's carrier, customs and insurance details with the set recorded. */
    public void recordDetails(ShipmentId id, ShippingDetails details, EventStamp stamp) {
        update(id, stamp, "details = cast(:details as jsonb)", Map.of("details", json.write(details)));
    }

    /** Marks the shipment as shipped with the lines it left with, as the shipping fixed them. */
    public void ship(ShipmentShipped shipped, EventStamp stamp) {
        var columns = new HashMap<String, Object>();
        columns.put("status", ShipmentStatus.SHIPPED.name());
        columns.put("lines", json.write(shipped.lines()));
        columns.put("shippedBy", shipped.shippedBy().value());
        columns.put("shippedOn", shipped.shippedOn());
        update(
                shipped.shipmentId(),
                stamp,
                "status = :status, lines = cast(:lines as jsonb), shipped_by = :shippedBy, shipped_on = :shippedOn",
                columns);
    }

    public void cancel(ShipmentId id, String reason, EventStamp stamp) {
        var columns = new HashMap<String, Object>();
        columns.put("status", ShipmentStatus.CANCELLED.name());
        columns.put("reason", reason);
        update(id, stamp, "status = :status, cancellation_reason = :reason", columns);
    }

    /** Empties the book, so that it can be rebuilt from the events. */
    public void clear() {
        jdbc.sql("delete from shipment_book").update();
    }

    Optional<ShipmentView> find(ShipmentId id) {
        return jdbc.sql("select * from shipment_book where shipment_id = :id")
                .param("id", id.value())
                .query(this::shipmentOf)
                .optional();
    }

    ShipmentPage list(Filters filters, PageWindow window) {
        long total = jdbc.sql("select count(*) from shipment_book" + filters.where())
                .params(filters.parameters())
                .query(Long.class)
                .single();
        List<ShipmentSummary> items = jdbc.sql("select * from shipment_book" + filters.where()
                        + " order by planned_at desc, shipment_id limit :limit offset :offset")
                .params(filters.parameters())
                .param("limit", window.size())
                .param("offset", window.offset())
                .query(this::summaryOf)
                .list();
        return new ShipmentPage(items, window.page(), window.size(), total);
    }

    // The version guard is what makes a redelivered or replayed event a no-op.
    private void update(ShipmentId id, EventStamp stamp, String assignments, Map<String, ?> columns) {
        jdbc.sql("update shipment_book set " + assignments + ", version = :version, changed_at = :changedAt"
                        + " where shipment_id = :id and version < :version")
                .params(columns)
                .param("id", id.value())
                .param("version", stamp.version())
                .param("changedAt", timestamp(stamp.at()))
                .update();
    }

    private ShipmentView shipmentOf(ResultSet row, int rowNumber) throws SQLException {
        List<ShipmentLine> lines = json.read(row.getString("lines"), LINES);
        return new ShipmentView(
                idOf(row),
                new ContractId(row.getObject("contract_id", UUID.class)),
                new CustomerId(row.getObject("customer_id", UUID.class)),
                new WarehouseCode(row.getString("warehouse")),
                ShipmentStatus.valueOf(row.getString("status")),
                lines,
                valueOf(lines),
                json.read(row.getString("details"), ShippingDetails.class),
                new Username(row.getString("planned_by")),
                nullable(row.getString("shipped_by"), Username::new),
                row.getObject("shipped_on", LocalDate.class),
                row.getString("cancellation_reason"),
                row.getLong("version"),
                instant(row, "planned_at"),
                instant(row, "changed_at"));
    }

    private ShipmentSummary summaryOf(ResultSet row, int rowNumber) throws SQLException {
        return new ShipmentSummary(
                idOf(row),
                new ContractId(row.getObject("contract_id", UUID.class)),
                new CustomerId(row.getObject("customer_id", UUID.class)),
                new WarehouseCode(row.getString("warehouse")),
                ShipmentStatus.valueOf(row.getString("status")),
                valueOf(json.read(row.getString("lines"), LINES)),
                row.getObject("shipped_on", LocalDate.class),
                instant(row, "changed_at"));
    }

    private static ShipmentId idOf(ResultSet row) throws SQLException {
        return new ShipmentId(row.getObject("shipment_id", UUID.class));
    }

    // The sum of the rounded line totals, as ShipmentShipped.goodsValue is; null for a shipment without lines,
    // whose currency no line names.
    private static Money valueOf(List<ShipmentLine> lines) {
        return lines.stream().map(ShipmentLine::total).reduce(Money::plus).orElse(null);
    }
}
