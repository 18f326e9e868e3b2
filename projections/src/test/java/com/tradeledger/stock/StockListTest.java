package com.tradeledger.stock;

import static com.tradeledger.purchasing.PurchasingEvents.PLACED_AT;
import static com.tradeledger.purchasing.PurchasingEvents.lampOrderPlaced;
import static com.tradeledger.purchasing.PurchasingEvents.received;
import static com.tradeledger.stock.StockEvents.COUNTED_AT;
import static com.tradeledger.stock.StockEvents.DESK_LAMP;
import static com.tradeledger.stock.StockEvents.HAMBURG;
import static com.tradeledger.stock.StockEvents.LAMP_SHADE;
import static com.tradeledger.stock.StockEvents.LYON;
import static com.tradeledger.stock.StockEvents.NINGBO;
import static com.tradeledger.stock.StockEvents.PCS;
import static com.tradeledger.stock.StockEvents.SHANGHAI;
import static com.tradeledger.stock.StockEvents.counted;
import static com.tradeledger.stock.StockEvents.hoursLater;
import static com.tradeledger.stock.StockEvents.qty;
import static com.tradeledger.stock.StockEvents.reserved;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import com.tradeledger.products.ProductId;
import com.tradeledger.products.Sku;
import com.tradeledger.shared.ReadModelDatabase;
import com.tradeledger.shared.UnknownSortField;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The stock list for analysts: one line per product that has stock or is on order, with its catalogue SKU and name,
 * filtered by warehouse, product and shortage, sorted and paged.
 */
class StockListTest {

    private static final ProductId TORCH = ProductId.of("7d1e0f3a-0000-4000-8000-000000000003");

    @RegisterExtension
    static final ReadModelDatabase database = new ReadModelDatabase();

    private StockLevelsProjection levels;
    private StockOnOrderProjection onOrder;
    private StockListQueries list;
    private StockLevelsQueries stock;

    @BeforeEach
    void noStock() {
        database.clear("stock_movement, stock_product, stock_on_hand, stock_reserved, stock_on_order");
        database.clear("product_catalogue");
        var book = new StockOnOrderBook(database.jdbc());
        var stockLevels = new StockLevels(database.jdbc(), book);
        levels = new StockLevelsProjection(stockLevels);
        onOrder = new StockOnOrderProjection(book);
        // Exports stream through RowStreams; these tests read pages, the HTTP test reads the CSV.
        list = new StockListQueries(new StockList(database.jdbc(), null));
        stock = new StockLevelsQueries(stockLevels);
        catalogued(DESK_LAMP, "DL-100", "Desk lamp");
        catalogued(LAMP_SHADE, "LS-7", "Lamp shade");
    }

    @Test
    void lists_each_product_with_its_sku_name_totals_and_what_is_on_order_by_sku() {
        threeProducts();

        assertThat(page(StockListFilter.all(), null).items())
                .containsExactly(
                        new StockListItem(TORCH, null, null, PCS, qty("20"), qty("0"), qty("20"), qty("0"), null, null),
                        new StockListItem(
                                DESK_LAMP,
                                Sku.of("DL-100"),
                                "Desk lamp",
                                PCS,
                                qty("140"),
                                qty("30"),
                                qty("110"),
                                qty("100"),
                                null,
                                null),
                        new StockListItem(
                                LAMP_SHADE,
                                Sku.of("LS-7"),
                                "Lamp shade",
                                PCS,
                                qty("7"),
                                qty("10"),
                                qty("-3"),
                                qty("50"),
                                null,
                                null));
    }

    @Test
    void each_line_says_what_the_products_own_stock_says() {
        threeProducts();

        for (StockListItem item : page(StockListFilter.all(), null).items()) {
            StockView view = stock.handle(new FindStock(item.productId())).orElseThrow();
            assertThat(List.of(item.baseUnit(), item.onHand(), item.reserved(), item.available(), item.onOrder()))
                    .isEqualTo(
                            List.of(view.baseUnit(), view.onHand(), view.reserved(), view.available(), view.onOrder()));
        }
    }

    @Test
    void a_product_only_on_order_is_listed_in_the_base_unit_of_its_order_lines_until_it_is_all_received() {
        onOrder.on(lampOrderPlaced(), 0, PLACED_AT);

        assertThat(page(StockListFilter.all(), null).items())
                .extracting(
                        StockListItem::productId,
                        StockListItem::baseUnit,
                        StockListItem::onHand,
                        StockListItem::onOrder)
                .containsExactly(
                        tuple(DESK_LAMP, PCS, qty("0"), qty("100")), tuple(LAMP_SHADE, PCS, qty("0"), qty("50")));

        onOrder.on(received(1, "10", "0", "10"), 1, PLACED_AT.plusSeconds(60));
        assertThat(page(StockListFilter.all(), null).items())
                .extracting(StockListItem::productId)
                .containsExactly(LAMP_SHADE);
    }

    @Test
    void a_warehouses_list_holds_the_products_stocked_there_with_what_it_has_of_each() {
        threeProducts();

        assertThat(page(new StockListFilter(SHANGHAI, null, null), null).items())
                .extracting(StockListItem::productId, StockListItem::warehouse, StockListItem::onHandInWarehouse)
                .containsExactly(tuple(TORCH, SHANGHAI, qty("20")), tuple(DESK_LAMP, SHANGHAI, qty("40")));
        assertThat(page(new StockListFilter(SHANGHAI, null, null), null)
                        .items()
                        .get(1)
                        .onHand())
                .isEqualTo(qty("140"));
    }

    @Test
    void lists_one_product_or_the_shortages_below_a_number_available() {
        threeProducts();

        assertThat(products(new StockListFilter(null, DESK_LAMP, null), null)).containsExactly(DESK_LAMP);
        assertThat(products(new StockListFilter(null, null, BigDecimal.ZERO), null))
                .containsExactly(LAMP_SHADE);
        assertThat(products(new StockListFilter(null, null, qty("20")), null)).containsExactly(LAMP_SHADE);
        assertThat(products(new StockListFilter(null, null, qty("20.5")), null)).containsExactly(TORCH, LAMP_SHADE);
        assertThat(products(new StockListFilter(NINGBO, null, qty("50")), null)).containsExactly(LAMP_SHADE);
    }

    @Test
    void sorts_by_on_hand_reserved_available_and_on_order_either_way() {
        threeProducts();
        StockListFilter all = StockListFilter.all();

        assertThat(products(all, "-sku")).containsExactly(LAMP_SHADE, DESK_LAMP, TORCH);
        assertThat(products(all, "-onHand")).containsExactly(DESK_LAMP, TORCH, LAMP_SHADE);
        assertThat(products(all, "onHand")).containsExactly(LAMP_SHADE, TORCH, DESK_LAMP);
        assertThat(products(all, "-reserved")).containsExactly(DESK_LAMP, LAMP_SHADE, TORCH);
        assertThat(products(all, "available")).containsExactly(LAMP_SHADE, TORCH, DESK_LAMP);
        assertThat(products(all, "-onOrder")).containsExactly(DESK_LAMP, LAMP_SHADE, TORCH);
    }

    @Test
    void pages_through_the_products_with_how_many_matched() {
        threeProducts();

        StockListPage second = list.handle(new ListStock(StockListFilter.all(), "-onHand", 1, 2));
        assertThat(second.items()).extracting(StockListItem::productId).containsExactly(LAMP_SHADE);
        assertThat(second.total()).isEqualTo(3);
        assertThat(second.page()).isEqualTo(1);
    }

    @Test
    void refuses_a_sort_the_stock_list_does_not_offer() {
        assertThatThrownBy(() -> page(StockListFilter.all(), "price"))
                .isInstanceOf(UnknownSortField.class)
                .hasMessageContaining("price");
    }

    /**
     * Desk lamps: 100 in Ningbo and 40 in Shanghai, 30 reserved, 100 on order; lamp shades: 7 in Ningbo, 10 reserved,
     * 50 on order; torches, not in the catalogue: 20 in Shanghai.
     */
    private void threeProducts() {
        onOrder.on(lampOrderPlaced(), 0, PLACED_AT);
        levels.on(counted(NINGBO, "100", "100"), "event-0", 0, COUNTED_AT);
        levels.on(counted(SHANGHAI, "40", "40"), "event-1", 1, hoursLater(1));
        levels.on(reserved(HAMBURG, 1, "30"), "event-2", 2, hoursLater(2));
        levels.on(counted(LAMP_SHADE, NINGBO, "7", "7"), "event-3", 0, hoursLater(3));
        levels.on(new StockReserved(LAMP_SHADE, LYON, 1, qty("10")), "event-4", 1, hoursLater(4));
        levels.on(counted(TORCH, SHANGHAI, "20", "20"), "event-5", 0, hoursLater(5));
    }

    private StockListPage page(StockListFilter filter, String sort) {
        return list.handle(new ListStock(filter, sort, 0, 20));
    }

    private List<ProductId> products(StockListFilter filter, String sort) {
        return page(filter, sort).items().stream().map(StockListItem::productId).toList();
    }

    private static void catalogued(ProductId product, String sku, String name) {
        database.jdbc()
                .sql("""
                        insert into product_catalogue (product_id, sku, name, base_unit, status, version,
                            registered_at, changed_at)
                        values (:id, :sku, :name, 'PCS', 'ACTIVE', 0, now(), now())
                        """)
                .param("id", product.value())
                .param("sku", sku)
                .param("name", name)
                .update();
    }
}
