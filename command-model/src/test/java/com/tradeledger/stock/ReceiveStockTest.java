package com.tradeledger.stock;

import static com.tradeledger.stock.Stocks.BRACKET;
import static com.tradeledger.stock.Stocks.FIRST;
import static com.tradeledger.stock.Stocks.LAMPS;
import static com.tradeledger.stock.Stocks.NINGBO;
import static com.tradeledger.stock.Stocks.ORDER;
import static com.tradeledger.stock.Stocks.PCS;
import static com.tradeledger.stock.Stocks.RECEIPT;
import static com.tradeledger.stock.Stocks.SHANGHAI;
import static com.tradeledger.stock.Stocks.STOCK;
import static com.tradeledger.stock.Stocks.count;
import static com.tradeledger.stock.Stocks.counted;
import static com.tradeledger.stock.Stocks.issued;
import static com.tradeledger.stock.Stocks.qty;
import static com.tradeledger.stock.Stocks.received;
import static com.tradeledger.stock.Stocks.reserved;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tradeledger.EventSourcedAggregates;
import com.tradeledger.shared.MissingValue;
import org.junit.jupiter.api.Test;

/** A goods receipt puts what it accepted into a warehouse, through {@link StockKeeping#receive}. */
class ReceiveStockTest {

    private final EventSourcedAggregates aggregates = new EventSourcedAggregates();
    private final StockKeeping stock = new AggregateStockKeeping(aggregates.repositoryOf(Stock.class));

    @Test
    void brings_the_stock_of_a_product_never_counted_into_being_with_the_first_goods_received() {
        receive(NINGBO, "40");

        assertThat(aggregates.history(STOCK)).containsExactly(received(NINGBO, "40"));
    }

    @Test
    void adds_what_came_in_to_what_the_warehouse_had() {
        aggregates.given(Stock.class, STOCK, counted(NINGBO, "100"));

        receive(NINGBO, "40");
        aggregates.inUnitOfWork(() -> stock.issue(BRACKET, NINGBO, qty("140"), LAMPS, 1, FIRST));

        assertThat(aggregates.appendedAfterGiven(STOCK))
                .containsExactly(received(NINGBO, "40"), issued(NINGBO, "140", "0", 1));
    }

    @Test
    void makes_goods_received_of_a_product_never_counted_available_for_contracts() {
        receive(SHANGHAI, "50");

        assertThat(aggregates.inUnitOfWork(() -> stock.reserve(BRACKET, LAMPS, 1, qty("30"))))
                .isEqualByComparingTo("30");
        assertThat(aggregates.history(STOCK)).containsExactly(received(SHANGHAI, "50"), reserved(LAMPS, 1, "30"));
    }

    @Test
    void receives_several_lines_of_a_product_never_counted_in_one_unit_of_work() {
        aggregates.inUnitOfWork(() -> {
            stock.receive(BRACKET, NINGBO, qty("40"), PCS, ORDER, RECEIPT);
            stock.receive(BRACKET, NINGBO, qty("10"), PCS, ORDER, RECEIPT);
            return null;
        });

        assertThat(aggregates.history(STOCK)).containsExactly(received(NINGBO, "40"), received(NINGBO, "10"));
    }

    @Test
    void counts_stock_that_a_receipt_brought_into_being_in_the_products_base_unit() {
        Stocks.fixture()
                .given(received(NINGBO, "40"))
                .when(count(NINGBO, "35"))
                .expectEvents(counted(NINGBO, "35", "-5"));
    }

    @Test
    void commits_the_goods_received_with_the_callers_work_or_not_at_all() {
        assertThatThrownBy(() -> aggregates.inUnitOfWork(() -> {
                    stock.receive(BRACKET, NINGBO, qty("40"), PCS, ORDER, RECEIPT);
                    throw new IllegalStateException("the order refused the receipt");
                }))
                .isInstanceOf(IllegalStateException.class);
        assertThat(aggregates.history(STOCK)).isEmpty();
    }

    @Test
    void rejects_receiving_a_quantity_that_is_not_positive() {
        assertThatThrownBy(() -> receive(NINGBO, "0"))
                .isInstanceOf(QuantityNotPositive.class)
                .extracting(Stocks::codeOf)
                .isEqualTo("quantity-not-positive");
        assertThat(aggregates.history(STOCK)).isEmpty();
    }

    @Test
    void rejects_receiving_into_no_warehouse() {
        assertThatThrownBy(() -> receive(null, "10"))
                .isInstanceOf(MissingValue.class)
                .hasMessage("warehouse is required and was missing or blank");
        assertThat(aggregates.history(STOCK)).isEmpty();
    }

    private void receive(WarehouseCode warehouse, String quantity) {
        aggregates.inUnitOfWork(() -> {
            stock.receive(BRACKET, warehouse, qty(quantity), PCS, ORDER, RECEIPT);
            return null;
        });
    }
}
