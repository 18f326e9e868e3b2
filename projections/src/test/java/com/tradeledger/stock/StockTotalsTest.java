package com.tradeledger.stock;

import static com.tradeledger.stock.StockEvents.COUNTED_AT;
import static com.tradeledger.stock.StockEvents.DESK_LAMP;
import static com.tradeledger.stock.StockEvents.DORA;
import static com.tradeledger.stock.StockEvents.HAMBURG;
import static com.tradeledger.stock.StockEvents.LAMP_SHADE;
import static com.tradeledger.stock.StockEvents.LYON;
import static com.tradeledger.stock.StockEvents.NINGBO;
import static com.tradeledger.stock.StockEvents.PCS;
import static com.tradeledger.stock.StockEvents.SHANGHAI;
import static com.tradeledger.stock.StockEvents.counted;
import static com.tradeledger.stock.StockEvents.hoursLater;
import static com.tradeledger.stock.StockEvents.issued;
import static com.tradeledger.stock.StockEvents.qty;
import static com.tradeledger.stock.StockEvents.released;
import static com.tradeledger.stock.StockEvents.reserved;
import static org.assertj.core.api.Assertions.assertThat;

import com.tradeledger.shared.GoodsReceiptId;
import com.tradeledger.shared.PurchaseOrderId;
import com.tradeledger.shared.ReadModelDatabase;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The stock levels' running sums (on hand per product and warehouse, reserved per contract line, the product's
 * totals) always equal the sums of the movements, for every kind of stock event, however often an event is delivered
 * and after a reset and a replay.
 */
class StockTotalsTest {

    private static final PurchaseOrderId ORDER = PurchaseOrderId.of("6b1c2d3e-0000-4000-8000-000000000001");
    private static final GoodsReceiptId RECEIPT = GoodsReceiptId.of("8c2d3e4f-0000-4000-8000-000000000001");

    // The stock levels as they were summed from the movements before the sums were kept.
    private static final String ON_HAND_FROM_MOVEMENTS = """
            select product_id || ' ' || warehouse || ' ' || trim_scale(sum(on_hand_change))
              from (select product_id, warehouse, on_hand_change from stock_movement where warehouse is not null
                    union all
                    select product_id, to_warehouse, quantity from stock_movement where to_warehouse is not null) m
             group by product_id, warehouse
             order by 1
            """;
    private static final String RESERVED_FROM_MOVEMENTS = """
            select product_id || ' ' || contract_id || ' ' || contract_line || ' ' || trim_scale(sum(reserved_change))
              from stock_movement
             where contract_id is not null
             group by product_id, contract_id, contract_line
            having sum(reserved_change) <> 0
             order by 1
            """;
    private static final String PRODUCTS_FROM_MOVEMENTS = """
            select m.product_id || ' ' || trim_scale(sum(case when warehouse is null then 0 else on_hand_change end
                       + case when to_warehouse is null then 0 else quantity end))
                   || ' ' || trim_scale(sum(reserved_change)) || ' ' || max(sequence) || ' ' || max(occurred_at)
              from stock_movement m
             group by m.product_id
             order by 1
            """;
    private static final String ON_HAND =
            "select product_id || ' ' || warehouse || ' ' || trim_scale(on_hand)" + " from stock_on_hand order by 1";
    private static final String RESERVED = "select product_id || ' ' || contract_id || ' ' || contract_line || ' '"
            + " || trim_scale(quantity) from stock_reserved order by 1";
    private static final String PRODUCTS = "select product_id || ' ' || trim_scale(on_hand) || ' '"
            + " || trim_scale(reserved) || ' ' || version || ' ' || changed_at from stock_product order by 1";

    @RegisterExtension
    static final ReadModelDatabase database = new ReadModelDatabase();

    private StockLevelsProjection projection;

    @BeforeEach
    void noStock() {
        database.clear("stock_movement, stock_product, stock_on_hand, stock_reserved");
        projection = new StockLevelsProjection(new StockLevels(database.jdbc(), new StockOnOrderBook(database.jdbc())));
    }

    @Test
    void every_kind_of_stock_event_moves_the_sums_as_it_moves_the_movements() {
        everyKindOfEvent().run();

        assertThat(rows(ON_HAND))
                .containsExactly(DESK_LAMP + " NGB-1 55", DESK_LAMP + " SHA-2 40", LAMP_SHADE + " NGB-1 7");
        assertThat(rows(RESERVED)).containsExactly(DESK_LAMP + " " + LYON + " 2 10");
        assertThat(rows(ON_HAND)).isEqualTo(rows(ON_HAND_FROM_MOVEMENTS));
        assertThat(rows(RESERVED)).isEqualTo(rows(RESERVED_FROM_MOVEMENTS));
        assertThat(rows(PRODUCTS)).isEqualTo(rows(PRODUCTS_FROM_MOVEMENTS));
        assertThat(database.jdbc()
                        .sql("select base_unit from stock_product where product_id = :id")
                        .param("id", DESK_LAMP.value())
                        .query(String.class)
                        .single())
                .isEqualTo(PCS.code());
    }

    @Test
    void a_reservation_used_up_or_released_is_no_longer_kept() {
        projection.on(counted(NINGBO, "100", "100"), "event-0", 0, COUNTED_AT);
        projection.on(reserved(HAMBURG, 1, "30"), "event-1", 1, hoursLater(1));
        projection.on(reserved(LYON, 1, "10"), "event-2", 2, hoursLater(2));

        projection.on(issued(NINGBO, "30", "30"), "event-3", 3, hoursLater(3));
        projection.on(released(LYON, 1, "10"), "event-4", 4, hoursLater(4));

        assertThat(rows(RESERVED)).isEmpty();
        assertThat(rows(PRODUCTS)).isEqualTo(rows(PRODUCTS_FROM_MOVEMENTS));
        assertThat(
                        rows(
                                "select trim_scale(on_hand) || ' ' || trim_scale(reserved) || ' ' || version from stock_product"))
                .containsExactly("70 0 4");
    }

    @Test
    void events_delivered_again_change_no_sum() {
        everyKindOfEvent().run();
        List<String> onHand = rows(ON_HAND);
        List<String> reservedRows = rows(RESERVED);
        List<String> products = rows(PRODUCTS);

        everyKindOfEvent().run();

        assertThat(rows(ON_HAND)).isEqualTo(onHand);
        assertThat(rows(RESERVED)).isEqualTo(reservedRows);
        assertThat(rows(PRODUCTS)).isEqualTo(products);
    }

    @Test
    void a_reset_empties_the_sums_and_a_replay_gives_them_back_row_for_row() {
        everyKindOfEvent().run();
        List<String> onHand = rows(ON_HAND);
        List<String> reservedRows = rows(RESERVED);
        List<String> products = rows(PRODUCTS);

        projection.reset();
        assertThat(rows(ON_HAND)).isEmpty();
        assertThat(rows(RESERVED)).isEmpty();
        assertThat(rows(PRODUCTS)).isEmpty();

        everyKindOfEvent().run();
        assertThat(rows(ON_HAND)).isEqualTo(onHand);
        assertThat(rows(RESERVED)).isEqualTo(reservedRows);
        assertThat(rows(PRODUCTS)).isEqualTo(products);
    }

    /** Counted, reserved, released, issued, received, returned and transferred, of two products. */
    private Runnable everyKindOfEvent() {
        return () -> {
            projection.on(counted(NINGBO, "100", "100"), "event-0", 0, COUNTED_AT);
            projection.on(reserved(HAMBURG, 1, "30"), "event-1", 1, hoursLater(1));
            projection.on(reserved(LYON, 2, "25"), "event-2", 2, hoursLater(2));
            projection.on(released(LYON, 2, "15"), "event-3", 3, hoursLater(3));
            projection.on(issued(NINGBO, "40", "30"), "event-4", 4, hoursLater(4));
            projection.on(
                    new StockReceived(DESK_LAMP, NINGBO, qty("50"), PCS, ORDER, RECEIPT), "event-5", 5, hoursLater(5));
            projection.on(new StockReturned(DESK_LAMP, NINGBO, qty("5"), ORDER, RECEIPT), "event-6", 6, hoursLater(6));
            projection.on(
                    new StockTransferred(DESK_LAMP, NINGBO, SHANGHAI, qty("40"), DORA, LocalDate.of(2025, 7, 1)),
                    "event-7",
                    7,
                    hoursLater(7));
            projection.on(counted(NINGBO, "55", "-10"), "event-8", 8, hoursLater(8));
            projection.on(counted(LAMP_SHADE, NINGBO, "7", "7"), "event-9", 0, hoursLater(9));
        };
    }

    private static List<String> rows(String sql) {
        return database.jdbc().sql(sql).query(String.class).list();
    }
}
