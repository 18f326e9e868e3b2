package com.tradeledger.stock;

import static com.tradeledger.stock.Stocks.BRACKET;
import static com.tradeledger.stock.Stocks.CANCELLED;
import static com.tradeledger.stock.Stocks.LAMPS;
import static com.tradeledger.stock.Stocks.NINGBO;
import static com.tradeledger.stock.Stocks.SHELVES;
import static com.tradeledger.stock.Stocks.STOCK;
import static com.tradeledger.stock.Stocks.counted;
import static com.tradeledger.stock.Stocks.issued;
import static com.tradeledger.stock.Stocks.released;
import static com.tradeledger.stock.Stocks.reserved;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tradeledger.EventSourcedAggregates;
import com.tradeledger.shared.MissingValue;
import org.junit.jupiter.api.Test;

/** Cancelling a contract gives back everything it reserved, through {@link StockKeeping#releaseAll}. */
class ReleaseStockTest {

    private final EventSourcedAggregates aggregates = new EventSourcedAggregates();
    private final StockKeeping stock = new AggregateStockKeeping(aggregates.repositoryOf(Stock.class));

    @Test
    void releases_every_line_the_contract_reserved_and_no_other_contracts() {
        aggregates.given(
                Stock.class,
                STOCK,
                counted(NINGBO, "100"),
                reserved(LAMPS, 2, "20"),
                reserved(SHELVES, 1, "30"),
                reserved(LAMPS, 1, "10"));

        releaseAll();

        assertThat(aggregates.appendedAfterGiven(STOCK))
                .containsExactly(released(LAMPS, 1, "10"), released(LAMPS, 2, "20"));
    }

    @Test
    void releases_what_is_left_of_a_reservation_after_a_shipment_used_part_of_it() {
        aggregates.given(
                Stock.class, STOCK, counted(NINGBO, "100"), reserved(LAMPS, 1, "30"), issued(NINGBO, "10", "10", 1));

        releaseAll();

        assertThat(aggregates.appendedAfterGiven(STOCK)).containsExactly(released(LAMPS, 1, "20"));
    }

    @Test
    void records_nothing_when_the_contract_holds_no_reservation() {
        aggregates.given(
                Stock.class, STOCK, counted(NINGBO, "100"), reserved(LAMPS, 1, "30"), issued(NINGBO, "30", "30", 1));

        releaseAll();

        assertThat(aggregates.appendedAfterGiven(STOCK)).isEmpty();
    }

    @Test
    void records_nothing_for_a_product_never_counted_and_creates_no_stock_for_it() {
        releaseAll();

        assertThat(aggregates.history(STOCK)).isEmpty();
    }

    @Test
    void rejects_a_release_without_a_reason() {
        aggregates.given(Stock.class, STOCK, counted(NINGBO, "100"), reserved(LAMPS, 1, "30"));

        assertThatThrownBy(() -> aggregates.inUnitOfWork(() -> stock.releaseAll(BRACKET, LAMPS, " ")))
                .isInstanceOf(MissingValue.class)
                .hasMessage("reason is required and was missing or blank");
        assertThat(aggregates.appendedAfterGiven(STOCK)).isEmpty();
    }

    private void releaseAll() {
        aggregates.inUnitOfWork(() -> stock.releaseAll(BRACKET, LAMPS, CANCELLED));
    }
}
