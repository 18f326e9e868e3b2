package com.tradeledger.stock;

import static com.tradeledger.stock.Stocks.BRACKET;
import static com.tradeledger.stock.Stocks.LAMPS;
import static com.tradeledger.stock.Stocks.NINGBO;
import static com.tradeledger.stock.Stocks.ORDER;
import static com.tradeledger.stock.Stocks.RECEIPT;
import static com.tradeledger.stock.Stocks.SHANGHAI;
import static com.tradeledger.stock.Stocks.STOCK;
import static com.tradeledger.stock.Stocks.counted;
import static com.tradeledger.stock.Stocks.qty;
import static com.tradeledger.stock.Stocks.received;
import static com.tradeledger.stock.Stocks.reserved;
import static com.tradeledger.stock.Stocks.returned;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tradeledger.EventSourcedAggregates;
import org.junit.jupiter.api.Test;

/** Faulty goods of a receipt go back to the supplier (退货), through {@link StockKeeping#returnToSupplier}. */
class ReturnStockToSupplierTest {

    private final EventSourcedAggregates aggregates = new EventSourcedAggregates();
    private final StockKeeping stock = new AggregateStockKeeping(aggregates.repositoryOf(Stock.class));

    @Test
    void takes_the_goods_out_of_the_warehouse() {
        aggregates.given(Stock.class, STOCK, received(NINGBO, "40"));

        returnToSupplier(NINGBO, "10");

        assertThat(aggregates.appendedAfterGiven(STOCK)).containsExactly(returned(NINGBO, "10"));
    }

    @Test
    void leaves_the_warehouse_with_less_on_hand_after_a_return() {
        aggregates.given(Stock.class, STOCK, received(NINGBO, "40"), returned(NINGBO, "35"));

        assertThatThrownBy(() -> returnToSupplier(NINGBO, "6"))
                .isInstanceOf(NotEnoughStock.class)
                .hasMessage("product " + BRACKET + " in warehouse NGB-1: 6 wanted, 5 can be issued");
    }

    @Test
    void rejects_returning_more_than_the_warehouse_has_on_hand() {
        aggregates.given(Stock.class, STOCK, counted(NINGBO, "10"), counted(SHANGHAI, "100"));

        assertThatThrownBy(() -> returnToSupplier(NINGBO, "20"))
                .isInstanceOf(NotEnoughStock.class)
                .hasMessage("product " + BRACKET + " in warehouse NGB-1: 20 wanted, 10 can be issued")
                .extracting(Stocks::codeOf)
                .isEqualTo("not-enough-stock");
        assertThat(aggregates.appendedAfterGiven(STOCK)).isEmpty();
    }

    @Test
    void rejects_returning_stock_reserved_for_contracts() {
        aggregates.given(Stock.class, STOCK, counted(NINGBO, "100"), reserved(LAMPS, 1, "95"));

        assertThatThrownBy(() -> returnToSupplier(NINGBO, "10"))
                .isInstanceOf(NotEnoughStock.class)
                .hasMessage("product " + BRACKET + " in warehouse NGB-1: 10 wanted, 5 can be issued");
        assertThat(aggregates.appendedAfterGiven(STOCK)).isEmpty();
    }

    @Test
    void rejects_returning_a_product_never_counted_nor_received_and_creates_no_stock_for_it() {
        assertThatThrownBy(() -> returnToSupplier(NINGBO, "1")).isInstanceOf(NotEnoughStock.class);
        assertThat(aggregates.history(STOCK)).isEmpty();
    }

    @Test
    void rejects_returning_a_quantity_that_is_not_positive() {
        aggregates.given(Stock.class, STOCK, received(NINGBO, "40"));

        assertThatThrownBy(() -> returnToSupplier(NINGBO, "-1"))
                .isInstanceOf(QuantityNotPositive.class)
                .hasMessage("a quantity of stock that moves must be greater than zero, but was -1");
        assertThat(aggregates.appendedAfterGiven(STOCK)).isEmpty();
    }

    private void returnToSupplier(WarehouseCode warehouse, String quantity) {
        aggregates.inUnitOfWork(() -> {
            stock.returnToSupplier(BRACKET, warehouse, qty(quantity), ORDER, RECEIPT);
            return null;
        });
    }
}
