package com.tradeledger.products;

import static com.tradeledger.shared.Columns.instant;
import static com.tradeledger.shared.Columns.nullable;
import static com.tradeledger.shared.Columns.timestamp;

import com.fasterxml.jackson.core.type.TypeReference;
import com.tradeledger.shared.EventStamp;
import com.tradeledger.shared.Filters;
import com.tradeledger.shared.PageWindow;
import com.tradeledger.shared.ReadModelJson;
import com.tradeledger.shared.SupplierId;
import com.tradeledger.shared.UnitOfMeasure;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The product catalogue's table: the projection writes it, the query handlers read it. Every change carries
 * the stamp of its event and is skipped when the row already holds that event or a later one.
 */
@Component
public class ProductCatalogue {

    private static final TypeReference<List<UnitConversion>> CONVERSIONS = new TypeReference<>() {};
    private static final TypeReference<List<BomLine>> BOM_LINES = new TypeReference<>() {};
    private static final TypeReference<TreeMap<String, PriceList>> PRICE_LISTS = new TypeReference<>() {};

    private final JdbcClient jdbc;
    private final ReadModelJson json = new ReadModelJson();

    public ProductCatalogue(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds a newly registered product; a product already in the catalogue is left as it is. */
    public void add(ProductView product) {
        jdbc.sql("""
                        insert into product_catalogue (product_id, sku, name, category, source, base_unit,
                            conversions, hs_code, default_supplier, bill_of_materials, price_lists, status, version,
                            registered_at, changed_at)
                        values (:id, :sku, :name, :category, :source, :baseUnit, cast(:conversions as jsonb),
                            :hsCode, :defaultSupplier, cast(:billOfMaterials as jsonb), cast(:priceLists as jsonb),
                            :status, :version, :registeredAt, :changedAt)
                        on conflict (product_id) do nothing
                        """).params(columnsOf(product)).update();
    }

    public void rename(ProductId id, String name, EventStamp stamp) {
        update(id, stamp, "name = :name", Map.of("name", name));
    }

    public void reclassify(ProductId id, String category, HsCode hsCode, EventStamp stamp) {
        var columns = new HashMap<String, Object>();
        columns.put("category", category);
        columns.put("hsCode", nullable(hsCode, HsCode::value));
        update(id, stamp, "category = :category, hs_code = :hsCode", columns);
    }

    public void defineUnitConversions(
            ProductId id, UnitOfMeasure baseUnit, List<UnitConversion> conversions, EventStamp stamp) {
        update(
                id,
                stamp,
                "base_unit = :baseUnit, conversions = cast(:conversions as jsonb)",
                Map.of("baseUnit", baseUnit.code(), "conversions", json.write(listOrEmpty(conversions))));
    }

    public void defineBillOfMaterials(ProductId id, List<BomLine> lines, EventStamp stamp) {
        update(id, stamp, "bill_of_materials = cast(:lines as jsonb)", Map.of("lines", json.write(listOrEmpty(lines))));
    }

    public void changeDefaultSupplier(ProductId id, SupplierId supplier, EventStamp stamp) {
        var columns = new HashMap<String, Object>();
        columns.put("supplier", nullable(supplier, SupplierId::value));
        update(id, stamp, "default_supplier = :supplier", columns);
    }

    /** Sets the product's prices in the list's currency, replacing only that currency's earlier list. */
    public void setPriceList(ProductId id, PriceList priceList, EventStamp stamp) {
        update(
                id,
                stamp,
                "price_lists = price_lists || jsonb_build_object(cast(:currency as text), cast(:priceList as jsonb))",
                Map.of("currency", priceList.currency().getCurrencyCode(), "priceList", json.write(priceList)));
    }

    public void discontinue(ProductId id, EventStamp stamp) {
        update(id, stamp, "status = :status", Map.of("status", ProductStatus.DISCONTINUED.name()));
    }

    /** Empties the catalogue, so that it can be rebuilt from the events. */
    public void clear() {
        jdbc.sql("delete from product_catalogue").update();
    }

    Optional<ProductView> find(ProductId id) {
        return jdbc.sql("select * from product_catalogue where product_id = :id")
                .param("id", id.value())
                .query(this::productOf)
                .optional();
    }

    ProductPage list(Filters filters, PageWindow window) {
        long total = jdbc.sql("select count(*) from product_catalogue" + filters.where())
                .params(filters.parameters())
                .query(Long.class)
                .single();
        List<ProductView> items = jdbc.sql("select * from product_catalogue" + filters.where()
                        + " order by sku, product_id limit :limit offset :offset")
                .params(filters.parameters())
                .param("limit", window.size())
                .param("offset", window.offset())
                .query(this::productOf)
                .list();
        return new ProductPage(items, window.page(), window.size(), total);
    }

    // The version guard is what makes a redelivered or replayed event a no-op.
    private void update(ProductId id, EventStamp stamp, String assignments, Map<String, Object> columns) {
        jdbc.sql("update product_catalogue set " + assignments + ", version = :version, changed_at = :changedAt"
                        + " where product_id = :id and version < :version")
                .params(columns)
                .param("id", id.value())
                .param("version", stamp.version())
                .param("changedAt", timestamp(stamp.at()))
                .update();
    }

    private Map<String, Object> columnsOf(ProductView product) {
        var columns = new HashMap<String, Object>();
        columns.put("id", product.id().value());
        columns.put("sku", product.sku().value());
        columns.put("name", product.name());
        columns.put("category", product.category());
        columns.put("source", nullable(product.source(), ProductSource::name));
        columns.put("baseUnit", product.baseUnit().code());
        columns.put("conversions", json.write(listOrEmpty(product.conversions())));
        columns.put("hsCode", nullable(product.hsCode(), HsCode::value));
        columns.put("defaultSupplier", nullable(product.defaultSupplier(), SupplierId::value));
        columns.put("billOfMaterials", json.write(listOrEmpty(product.billOfMaterials())));
        columns.put("priceLists", json.write(byCurrency(listOrEmpty(product.priceLists()))));
        columns.put("status", product.status().name());
        columns.put("version", product.version());
        columns.put("registeredAt", timestamp(product.registeredAt()));
        columns.put("changedAt", timestamp(product.changedAt()));
        return columns;
    }

    private ProductView productOf(ResultSet row, int rowNumber) throws SQLException {
        return new ProductView(
                new ProductId(row.getObject("product_id", UUID.class)),
                new Sku(row.getString("sku")),
                row.getString("name"),
                row.getString("category"),
                nullable(row.getString("source"), ProductSource::valueOf),
                new UnitOfMeasure(row.getString("base_unit")),
                json.read(row.getString("conversions"), CONVERSIONS),
                nullable(row.getString("hs_code"), HsCode::new),
                nullable(row.getObject("default_supplier", UUID.class), SupplierId::new),
                json.read(row.getString("bill_of_materials"), BOM_LINES),
                List.copyOf(json.read(row.getString("price_lists"), PRICE_LISTS).values()),
                ProductStatus.valueOf(row.getString("status")),
                row.getLong("version"),
                instant(row, "registered_at"),
                instant(row, "changed_at"));
    }

    private static Map<String, PriceList> byCurrency(List<PriceList> priceLists) {
        var byCurrency = new TreeMap<String, PriceList>();
        priceLists.forEach(list -> byCurrency.put(list.currency().getCurrencyCode(), list));
        return byCurrency;
    }

    private static <T> List<T> listOrEmpty(List<T> list) {
        return Objects.requireNonNullElse(list, List.of());
    }
}
