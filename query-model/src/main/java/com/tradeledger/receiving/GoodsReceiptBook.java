package com.tradeledger.receiving;

import static com.tradeledger.shared.Columns.instant;
import static com.tradeledger.shared.Columns.timestamp;

import com.fasterxml.jackson.core.type.TypeReference;
import com.tradeledger.shared.EventStamp;
import com.tradeledger.shared.Filters;
import com.tradeledger.shared.GoodsReceiptId;
import com.tradeledger.shared.PageWindow;
import com.tradeledger.shared.PurchaseOrderId;
import com.tradeledger.shared.ReadModelJson;
import com.tradeledger.shared.SupplierId;
import com.tradeledger.shared.Username;
import com.tradeledger.stock.WarehouseCode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The goods receipts' table (收货): one row per receipt with its lines and the returns (退货) made from it. The
 * projection writes it, the query handlers read it. Every change carries the stamp of its event and is skipped when
 * the receipt already holds that event or a later one.
 */
@Component
public class GoodsReceiptBook {

    private static final TypeReference<List<ReceivedLine>> LINES = new TypeReference<>() {};
    private static final TypeReference<List<GoodsReturnView>> RETURNS = new TypeReference<>() {};

    private final JdbcClient jdbc;
    private final ReadModelJson json = new ReadModelJson();

    public GoodsReceiptBook(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds a new receipt without returns; one already in the book is left as it is. */
    public void receive(GoodsReceived received, EventStamp stamp) {
        var columns = new HashMap<String, Object>();
        columns.put("id", received.receiptId().value());
        columns.put("orderId", received.purchaseOrderId().value());
        columns.put("supplierId", received.supplierId().value());
        columns.put("warehouse", received.warehouse().value());
        columns.put("lines", json.write(received.lines()));
        columns.put("receivedBy", received.receivedBy().value());
        columns.put("receivedOn", received.receivedOn());
        columns.put("version", stamp.version());
        columns.put("at", timestamp(stamp.at()));
        jdbc.sql("""
                        insert into goods_receipt_book (receipt_id, purchase_order_id, supplier_id, warehouse, lines,
                            received_by, received_on, version, received_at, changed_at)
                        values (:id, :orderId, :supplierId, :warehouse, cast(:lines as jsonb), :receivedBy,
                            :receivedOn, :version, :at, :at)
                        on conflict (receipt_id) do nothing
                        """).params(columns).update();
    }

    /** Adds a return to the receipt's returns, after the earlier ones. */
    public void returnGoods(GoodsReturned returned, EventStamp stamp) {
        var view = new GoodsReturnView(
                returned.lines(), returned.reason(), returned.returnedBy(), returned.returnedOn(), stamp.at());
        jdbc.sql("""
                        update goods_receipt_book
                           set returns = returns || jsonb_build_array(cast(:returned as jsonb)),
                               version = :version, changed_at = :at
                         where receipt_id = :id and version < :version
                        """)
                .param("returned", json.write(view))
                .param("id", returned.receiptId().value())
                .param("version", stamp.version())
                .param("at", timestamp(stamp.at()))
                .update();
    }

    /** Empties the book, so that it can be rebuilt from the events. */
    public void clear() {
        jdbc.sql("delete from goods_receipt_book").update();
    }

    Optional<GoodsReceiptView> find(GoodsReceiptId id) {
        return jdbc.sql("select * from goods_receipt_book where receipt_id = :id")
                .param("id", id.value())
                .query(this::receiptOf)
                .optional();
    }

    GoodsReceiptPage list(Filters filters, PageWindow window) {
        long total = jdbc.sql("select count(*) from goods_receipt_book" + filters.where())
                .params(filters.parameters())
                .query(Long.class)
                .single();
        List<GoodsReceiptView> items = jdbc.sql("select * from goods_receipt_book" + filters.where()
                        + " order by received_at desc, receipt_id limit :limit offset :offset")
                .params(filters.parameters())
                .param("limit", window.size())
                .param("offset", window.offset())
                .query(this::receiptOf)
                .list();
        return new GoodsReceiptPage(items, window.page(), window.size(), total);
    }

    private GoodsReceiptView receiptOf(ResultSet row, int rowNumber) throws SQLException {
        return new GoodsReceiptView(
                new GoodsReceiptId(row.getObject("receipt_id", UUID.class)),
                new PurchaseOrderId(row.getObject("purchase_order_id", UUID.class)),
                new SupplierId(row.getObject("supplier_id", UUID.class)),
                WarehouseCode.of(row.getString("warehouse")),
                json.read(row.getString("lines"), LINES),
                json.read(row.getString("returns"), RETURNS),
                new Username(row.getString("received_by")),
                row.getObject("received_on", LocalDate.class),
                row.getLong("version"),
                instant(row, "received_at"),
                instant(row, "changed_at"));
    }
}
