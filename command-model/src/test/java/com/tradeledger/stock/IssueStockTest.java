package com.tradeledger.stock;

import static com.tradeledger.stock.Stocks.BRACKET;
import static com.tradeledger.stock.Stocks.FIRST;
import static com.tradeledger.stock.Stocks.LAMPS;
import static com.tradeledger.stock.Stocks.NINGBO;
import static com.tradeledger.stock.Stocks.SHANGHAI;
import static com.tradeledger.stock.Stocks.SHELVES;
import static com.tradeledger.stock.Stocks.STOCK;
import static com.tradeledger.stock.Stocks.counted;
import static com.tradeledger.stock.Stocks.issued;
import static com.tradeledger.stock.Stocks.qty;
import static com.tradeledger.stock.Stocks.reserved;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tradeledger.EventSourcedAggregates;
import org.junit.jupiter.api.Test;

/** Shipping takes stock out of a warehouse for a contract line, through {@link StockKeeping#issue}. */
class IssueStockTest {

    private final EventSourcedAggregates aggregates = new EventSourcedAggregates();
    private final StockKeeping stock = new AggregateStockKeeping(aggregates.repositoryOf(Stock.class));

    @Test
    void issues_from_the_lines_reservation_first_and_the_rest_from_available_stock() {
        aggregates.given(Stock.class, STOCK, counted(NINGBO, "100"), reserved(LAMPS, 1, "30"));

        issue(NINGBO, "40", 1);

        assertThat(aggregates.appendedAfterGiven(STOCK)).containsExactly(issued(NINGBO, "40", "30", 1));
    }

    @Test
    void issues_no_more_of_the_reservation_than_it_ships() {
        aggregates.given(Stock.class, STOCK, counted(NINGBO, "100"), reserved(LAMPS, 1, "30"));

        issue(NINGBO, "10", 1);

        assertThat(aggregates.appendedAfterGiven(STOCK)).containsExactly(issued(NINGBO, "10", "10", 1));
    }

    @Test
    void issues_from_available_stock_for_a_line_that_reserved_nothing() {
        aggregates.given(Stock.class, STOCK, counted(NINGBO, "100"), reserved(LAMPS, 1, "30"));

        issue(NINGBO, "20", 2);

        assertThat(aggregates.appendedAfterGiven(STOCK)).containsExactly(issued(NINGBO, "20", "0", 2));
    }

    @Test
    void refuses_to_issue_more_than_the_warehouse_has_on_hand() {
        aggregates.given(Stock.class, STOCK, counted(NINGBO, "10"), counted(SHANGHAI, "100"));

        assertThatThrownBy(() -> issue(NINGBO, "20", 1))
                .isInstanceOf(NotEnoughStock.class)
                .hasMessage("product " + BRACKET + " in warehouse NGB-1: 20 wanted, 10 can be issued")
                .extracting(Stocks::codeOf)
                .isEqualTo("not-enough-stock");
        assertThat(aggregates.appendedAfterGiven(STOCK)).isEmpty();
    }

    @Test
    void refuses_to_issue_stock_reserved_for_other_contracts() {
        aggregates.given(Stock.class, STOCK, counted(NINGBO, "100"), reserved(SHELVES, 1, "90"));

        assertThatThrownBy(() -> issue(NINGBO, "20", 1))
                .isInstanceOf(NotEnoughStock.class)
                .hasMessage("product " + BRACKET + " in warehouse NGB-1: 20 wanted, 10 can be issued");
        assertThat(aggregates.appendedAfterGiven(STOCK)).isEmpty();
    }

    @Test
    void refuses_to_issue_again_what_an_earlier_shipment_took() {
        aggregates.given(Stock.class, STOCK, counted(NINGBO, "100"), issued(NINGBO, "100", "0", 1));

        assertThatThrownBy(() -> issue(NINGBO, "1", 1))
                .isInstanceOf(NotEnoughStock.class)
                .hasMessage("product " + BRACKET + " in warehouse NGB-1: 1 wanted, 0 can be issued");
    }

    @Test
    void refuses_to_issue_a_product_never_counted_and_creates_no_stock_for_it() {
        assertThatThrownBy(() -> issue(NINGBO, "5", 1))
                .isInstanceOf(NotEnoughStock.class)
                .hasMessage("product " + BRACKET + " in warehouse NGB-1: 5 wanted, 0 can be issued");
        assertThat(aggregates.history(STOCK)).isEmpty();
    }

    @Test
    void rejects_issuing_a_quantity_that_is_not_positive() {
        aggregates.given(Stock.class, STOCK, counted(NINGBO, "100"));

        assertThatThrownBy(() -> issue(NINGBO, "-5", 1))
                .isInstanceOf(QuantityNotPositive.class)
                .extracting(Stocks::codeOf)
                .isEqualTo("quantity-not-positive");
        assertThat(aggregates.appendedAfterGiven(STOCK)).isEmpty();
    }

    private void issue(WarehouseCode warehouse, String quantity, int line) {
        aggregates.inUnitOfWork(() -> stock.issue(BRACKET, warehouse, qty(quantity), LAMPS, line, FIRST));
    }
}
