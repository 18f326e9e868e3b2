package com.tradeledger.stock;

import static com.tradeledger.stock.StockEvents.CANCELLED;
import static com.tradeledger.stock.StockEvents.COUNTED_AT;
import static com.tradeledger.stock.StockEvents.DESK_LAMP;
import static com.tradeledger.stock.StockEvents.DORA;
import static com.tradeledger.stock.StockEvents.FIRST_SHIPMENT;
import static com.tradeledger.stock.StockEvents.HAMBURG;
import static com.tradeledger.stock.StockEvents.LAMP_SHADE;
import static com.tradeledger.stock.StockEvents.LYON;
import static com.tradeledger.stock.StockEvents.NINGBO;
import static com.tradeledger.stock.StockEvents.PCS;
import static com.tradeledger.stock.StockEvents.SHANGHAI;
import static com.tradeledger.stock.StockEvents.STOCKTAKE;
import static com.tradeledger.stock.StockEvents.counted;
import static com.tradeledger.stock.StockEvents.hoursLater;
import static com.tradeledger.stock.StockEvents.issued;
import static com.tradeledger.stock.StockEvents.qty;
import static com.tradeledger.stock.StockEvents.released;
import static com.tradeledger.stock.StockEvents.reserved;
import static org.assertj.core.api.Assertions.assertThat;

import com.tradeledger.products.ProductId;
import com.tradeledger.shared.ReadModelDatabase;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class StockLevelsTest {

    @RegisterExtension
    static final ReadModelDatabase database = new ReadModelDatabase();

    private StockLevelsProjection projection;
    private StockLevelsQueries queries;

    @BeforeEach
    void noStock() {
        database.clear("stock_movement, stock_product, stock_on_hand, stock_reserved");
        database.clear("stock_on_order");
        var levels = new StockLevels(database.jdbc(), new StockOnOrderBook(database.jdbc()));
        projection = new StockLevelsProjection(levels);
        queries = new StockLevelsQueries(levels);
    }

    @Test
    void a_first_count_puts_what_was_counted_on_hand_and_available() {
        projection.on(counted(NINGBO, "100", "100"), "event-0", 0, COUNTED_AT);

        assertThat(find(DESK_LAMP))
                .isEqualTo(new StockView(
                        DESK_LAMP,
                        PCS,
                        List.of(new WarehouseStock(NINGBO, qty("100"))),
                        List.of(),
                        qty("100"),
                        qty("0"),
                        qty("100"),
                        List.of(),
                        qty("0"),
                        0,
                        COUNTED_AT));
    }

    @Test
    void a_product_never_counted_has_no_stock() {
        projection.on(counted(NINGBO, "100", "100"), "event-0", 0, COUNTED_AT);

        assertThat(queries.handle(new FindStock(LAMP_SHADE))).isEmpty();
    }

    @Test
    void each_warehouse_holds_what_its_last_count_found_and_on_hand_is_their_sum() {
        projection.on(counted(NINGBO, "100", "100"), "event-0", 0, COUNTED_AT);
        projection.on(counted(SHANGHAI, "40", "40"), "event-1", 1, hoursLater(1));
        projection.on(counted(NINGBO, "95", "-5"), "event-2", 2, hoursLater(2));

        StockView stock = find(DESK_LAMP);
        assertThat(stock.warehouses())
                .containsExactly(new WarehouseStock(NINGBO, qty("95")), new WarehouseStock(SHANGHAI, qty("40")));
        assertThat(stock.onHand()).isEqualTo(qty("135"));
        assertThat(stock.version()).isEqualTo(2);
        assertThat(stock.changedAt()).isEqualTo(hoursLater(2));
    }

    @Test
    void reservations_are_listed_per_contract_line_and_are_not_available() {
        projection.on(counted(NINGBO, "100", "100"), "event-0", 0, COUNTED_AT);
        projection.on(reserved(HAMBURG, 1, "30"), "event-1", 1, hoursLater(1));
        projection.on(reserved(HAMBURG, 2, "20"), "event-2", 2, hoursLater(2));
        projection.on(reserved(HAMBURG, 1, "5"), "event-3", 3, hoursLater(3));

        StockView stock = find(DESK_LAMP);
        assertThat(stock.reservations())
                .containsExactly(
                        new StockReservation(HAMBURG, 1, qty("35")), new StockReservation(HAMBURG, 2, qty("20")));
        assertThat(stock.onHand()).isEqualTo(qty("100"));
        assertThat(stock.reserved()).isEqualTo(qty("55"));
        assertThat(stock.available()).isEqualTo(qty("45"));
    }

    @Test
    void a_released_reservation_is_available_again() {
        projection.on(counted(NINGBO, "100", "100"), "event-0", 0, COUNTED_AT);
        projection.on(reserved(HAMBURG, 1, "30"), "event-1", 1, hoursLater(1));
        projection.on(reserved(LYON, 1, "10"), "event-2", 2, hoursLater(2));
        projection.on(released(HAMBURG, 1, "30"), "event-3", 3, hoursLater(3));

        StockView stock = find(DESK_LAMP);
        assertThat(stock.reservations()).containsExactly(new StockReservation(LYON, 1, qty("10")));
        assertThat(stock.available()).isEqualTo(qty("90"));
    }

    @Test
    void an_issue_leaves_the_warehouse_and_uses_up_the_lines_reservation_first() {
        projection.on(counted(NINGBO, "100", "100"), "event-0", 0, COUNTED_AT);
        projection.on(counted(SHANGHAI, "50", "50"), "event-1", 1, hoursLater(1));
        projection.on(reserved(HAMBURG, 1, "30"), "event-2", 2, hoursLater(2));
        projection.on(issued(NINGBO, "40", "30"), "event-3", 3, hoursLater(3));

        StockView stock = find(DESK_LAMP);
        assertThat(stock.warehouses())
                .containsExactly(new WarehouseStock(NINGBO, qty("60")), new WarehouseStock(SHANGHAI, qty("50")));
        assertThat(stock.reservations()).isEmpty();
        assertThat(stock.available()).isEqualTo(qty("110"));
    }

    @Test
    void a_count_below_the_reservations_shows_less_than_nothing_available() {
        projection.on(counted(NINGBO, "100", "100"), "event-0", 0, COUNTED_AT);
        projection.on(reserved(HAMBURG, 1, "80"), "event-1", 1, hoursLater(1));
        projection.on(counted(NINGBO, "50", "-50"), "event-2", 2, hoursLater(2));

        StockView stock = find(DESK_LAMP);
        assertThat(stock.onHand()).isEqualTo(qty("50"));
        assertThat(stock.reserved()).isEqualTo(qty("80"));
        assertThat(stock.available()).isEqualTo(qty("-30"));
    }

    @Test
    void an_event_delivered_again_changes_nothing() {
        projection.on(counted(NINGBO, "100", "100"), "event-0", 0, COUNTED_AT);
        projection.on(reserved(HAMBURG, 1, "30"), "event-1", 1, hoursLater(1));
        projection.on(issued(NINGBO, "10", "10"), "event-2", 2, hoursLater(2));
        StockView once = find(DESK_LAMP);

        projection.on(counted(NINGBO, "100", "100"), "event-0", 0, COUNTED_AT);
        projection.on(reserved(HAMBURG, 1, "30"), "event-1", 1, hoursLater(1));
        projection.on(issued(NINGBO, "10", "10"), "event-2", 2, hoursLater(2));

        assertThat(find(DESK_LAMP)).isEqualTo(once);
        assertThat(movements(DESK_LAMP, 0, 10).total()).isEqualTo(3);
    }

    @Test
    void keeps_each_products_stock_apart() {
        projection.on(counted(NINGBO, "100", "100"), "event-0", 0, COUNTED_AT);
        projection.on(counted(LAMP_SHADE, NINGBO, "7", "7"), "event-1", 0, hoursLater(1));

        assertThat(find(DESK_LAMP).onHand()).isEqualTo(qty("100"));
        assertThat(find(LAMP_SHADE).onHand()).isEqualTo(qty("7"));
    }

    @Test
    void lists_every_movement_in_the_order_it_happened_with_what_it_names() {
        projection.on(counted(NINGBO, "100", "100"), "event-0", 0, COUNTED_AT);
        projection.on(reserved(HAMBURG, 1, "30"), "event-1", 1, hoursLater(1));
        projection.on(issued(NINGBO, "40", "30"), "event-2", 2, hoursLater(2));
        projection.on(reserved(LYON, 2, "10"), "event-3", 3, hoursLater(3));
        projection.on(released(LYON, 2, "10"), "event-4", 4, hoursLater(4));

        assertThat(movements(DESK_LAMP, 0, 10))
                .isEqualTo(new StockMovementPage(
                        List.of(
                                new StockMovement(
                                        0,
                                        StockMovementKind.COUNTED,
                                        qty("100"),
                                        qty("100"),
                                        NINGBO,
                                        null,
                                        null,
                                        null,
                                        null,
                                        null,
                                        null,
                                        STOCKTAKE,
                                        DORA,
                                        COUNTED_AT),
                                new StockMovement(
                                        1,
                                        StockMovementKind.RESERVED,
                                        qty("30"),
                                        null,
                                        null,
                                        HAMBURG,
                                        1,
                                        null,
                                        null,
                                        null,
                                        null,
                                        null,
                                        null,
                                        hoursLater(1)),
                                new StockMovement(
                                        2,
                                        StockMovementKind.ISSUED,
                                        qty("40"),
                                        null,
                                        NINGBO,
                                        HAMBURG,
                                        1,
                                        FIRST_SHIPMENT,
                                        null,
                                        null,
                                        null,
                                        null,
                                        null,
                                        hoursLater(2)),
                                new StockMovement(
                                        3,
                                        StockMovementKind.RESERVED,
                                        qty("10"),
                                        null,
                                        null,
                                        LYON,
                                        2,
                                        null,
                                        null,
                                        null,
                                        null,
                                        null,
                                        null,
                                        hoursLater(3)),
                                new StockMovement(
                                        4,
                                        StockMovementKind.RELEASED,
                                        qty("10"),
                                        null,
                                        null,
                                        LYON,
                                        2,
                                        null,
                                        null,
                                        null,
                                        null,
                                        CANCELLED,
                                        null,
                                        hoursLater(4))),
                        0,
                        10,
                        5));
    }

    @Test
    void lists_a_count_that_found_less_as_a_negative_movement() {
        projection.on(counted(NINGBO, "100", "100"), "event-0", 0, COUNTED_AT);
        projection.on(counted(NINGBO, "95", "-5"), "event-1", 1, hoursLater(1));

        StockMovement recount = movements(DESK_LAMP, 0, 10).items().get(1);
        assertThat(recount.quantity()).isEqualTo(qty("-5"));
        assertThat(recount.counted()).isEqualTo(qty("95"));
    }

    @Test
    void pages_through_the_movements() {
        projection.on(counted(NINGBO, "100", "100"), "event-0", 0, COUNTED_AT);
        projection.on(reserved(HAMBURG, 1, "30"), "event-1", 1, hoursLater(1));
        projection.on(reserved(HAMBURG, 2, "20"), "event-2", 2, hoursLater(2));

        StockMovementPage second = movements(DESK_LAMP, 1, 2);
        assertThat(second.items()).extracting(StockMovement::sequence).containsExactly(2L);
        assertThat(second.total()).isEqualTo(3);
    }

    @Test
    void a_reset_empties_the_stock_levels_for_a_rebuild() {
        projection.on(counted(NINGBO, "100", "100"), "event-0", 0, COUNTED_AT);

        projection.reset();

        assertThat(queries.handle(new FindStock(DESK_LAMP))).isEmpty();
        assertThat(movements(DESK_LAMP, 0, 10).total()).isZero();
    }

    private StockView find(ProductId productId) {
        return queries.handle(new FindStock(productId)).orElseThrow();
    }

    private StockMovementPage movements(ProductId productId, int page, int size) {
        return queries.handle(new ListStockMovements(productId, page, size));
    }
}
