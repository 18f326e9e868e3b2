package com.tradeledger.purchasing;

import static com.tradeledger.shared.Columns.instant;
import static com.tradeledger.shared.Columns.timestamp;

import com.fasterxml.jackson.core.type.TypeReference;
import com.tradeledger.shared.CountryCode;
import com.tradeledger.shared.EventStamp;
import com.tradeledger.shared.PageWindow;
import com.tradeledger.shared.ReadModelJson;
import com.tradeledger.shared.SupplierId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The supplier directory's table: one row per supplier (供应商) with its terms and its offers per product. The
 * projection writes it, the query handlers read it. Every change carries the stamp of its event and is skipped when
 * the supplier already holds that event or a later one.
 */
@Component
public class SupplierDirectory {

    private static final TypeReference<TreeMap<String, SupplierOffer>> OFFERS = new TypeReference<>() {};

    private final JdbcClient jdbc;
    private final ReadModelJson json = new ReadModelJson();

    public SupplierDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds a newly registered supplier, active and without offers; one already listed is left as it is. */
    public void register(SupplierRegistered registered, EventStamp stamp) {
        var columns = new HashMap<String, Object>();
        columns.put("id", registered.supplierId().value());
        columns.put("code", registered.code().value());
        columns.put("name", registered.name());
        columns.put("country", registered.country().value());
        columns.put("terms", json.write(registered.terms()));
        columns.put("version", stamp.version());
        columns.put("at", timestamp(stamp.at()));
        jdbc.sql("""
                        insert into supplier_directory (supplier_id, code, name, country, terms, version,
                            registered_at, changed_at)
                        values (:id, :code, :name, :country, cast(:terms as jsonb), :version, :at, :at)
                        on conflict (supplier_id) do nothing
                        """).params(columns).update();
    }

    public void change(SupplierChanged changed, EventStamp stamp) {
        var columns = new HashMap<String, Object>();
        columns.put("name", changed.name());
        columns.put("country", changed.country().value());
        columns.put("terms", json.write(changed.terms()));
        update(changed.supplierId(), stamp, "name = :name, country = :country, terms = cast(:terms as jsonb)", columns);
    }

    public void deactivate(SupplierId id, String reason, EventStamp stamp) {
        var columns = new HashMap<String, Object>();
        columns.put("reason", reason);
        update(id, stamp, "active = false, deactivation_reason = :reason", columns);
    }

    /** Sets the supplier's offer for the product, replacing any earlier one. */
    public void setOffer(SupplierOfferSet set, EventStamp stamp) {
        var offer = new SupplierOffer(set.productId(), set.supplierSku(), set.unit(), set.prices(), set.leadTimeDays());
        update(
                set.supplierId(),
                stamp,
                "offers = offers || jsonb_build_object(:product, cast(:offer as jsonb))",
                Map.of("product", set.productId().value().toString(), "offer", json.write(offer)));
    }

    /** Empties the directory, so that it can be rebuilt from the events. */
    public void clear() {
        jdbc.sql("delete from supplier_directory").update();
    }

    Optional<SupplierView> find(SupplierId id) {
        return jdbc.sql("select * from supplier_directory where supplier_id = :id")
                .param("id", id.value())
                .query(this::supplierOf)
                .optional();
    }

    SupplierPage list(Conditions conditions, PageWindow window) {
        long total = jdbc.sql("select count(*) from supplier_directory" + conditions.where())
                .params(conditions.parameters())
                .query(Long.class)
                .single();
        List<SupplierView> items = jdbc.sql("select * from supplier_directory" + conditions.where()
                        + " order by code, supplier_id limit :limit offset :offset")
                .params(conditions.parameters())
                .param("limit", window.size())
                .param("offset", window.offset())
                .query(this::supplierOf)
                .list();
        return new SupplierPage(items, window.page(), window.size(), total);
    }

    // The version guard is what makes a redelivered or replayed event a no-op.
    private void update(SupplierId id, EventStamp stamp, String assignments, Map<String, ?> columns) {
        jdbc.sql("update supplier_directory set " + assignments + ", version = :version, changed_at = :changedAt"
                        + " where supplier_id = :id and version < :version")
                .params(columns)
                .param("id", id.value())
                .param("version", stamp.version())
                .param("changedAt", timestamp(stamp.at()))
                .update();
    }

    // Offers are listed by product id, whatever order they were set in.
    private SupplierView supplierOf(ResultSet row, int rowNumber) throws SQLException {
        return new SupplierView(
                new SupplierId(row.getObject("supplier_id", UUID.class)),
                SupplierCode.of(row.getString("code")),
                row.getString("name"),
                CountryCode.of(row.getString("country")),
                json.read(row.getString("terms"), SupplierTerms.class),
                row.getBoolean("active"),
                row.getString("deactivation_reason"),
                List.copyOf(json.read(row.getString("offers"), OFFERS).values()),
                row.getLong("version"),
                instant(row, "registered_at"),
                instant(row, "changed_at"));
    }
}
