package com.tradeledger.stock;

import static com.tradeledger.stock.Stocks.COUNTED_ON;
import static com.tradeledger.stock.Stocks.DORA;
import static com.tradeledger.stock.Stocks.LAMPS;
import static com.tradeledger.stock.Stocks.NINGBO;
import static com.tradeledger.stock.Stocks.SHANGHAI;
import static com.tradeledger.stock.Stocks.STOCK;
import static com.tradeledger.stock.Stocks.STOCKTAKE;
import static com.tradeledger.stock.Stocks.UNREGISTERED;
import static com.tradeledger.stock.Stocks.count;
import static com.tradeledger.stock.Stocks.counted;
import static com.tradeledger.stock.Stocks.qty;
import static com.tradeledger.stock.Stocks.refusedBy;
import static com.tradeledger.stock.Stocks.reserved;

import com.tradeledger.shared.MissingValue;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;

class CountStockTest {

    private final FixtureConfiguration<Stock> fixture = Stocks.fixture();

    @Test
    void creates_the_stock_of_a_product_on_its_first_count_in_its_base_unit() {
        fixture.givenNoPriorActivity().when(count(NINGBO, "100")).expectEvents(counted(NINGBO, "100", "100"));
    }

    @Test
    void records_the_difference_against_what_the_warehouse_had_on_hand() {
        fixture.given(counted(NINGBO, "100")).when(count(NINGBO, "95")).expectEvents(counted(NINGBO, "95", "-5"));
    }

    @Test
    void counts_each_warehouse_against_its_own_stock() {
        fixture.given(counted(NINGBO, "100")).when(count(SHANGHAI, "40")).expectEvents(counted(SHANGHAI, "40", "40"));
    }

    @Test
    void records_a_count_that_finds_what_was_on_hand_as_a_fact() {
        fixture.given(counted(NINGBO, "100")).when(count(NINGBO, "100")).expectEvents(counted(NINGBO, "100", "0"));
    }

    @Test
    void counts_an_empty_warehouse_as_zero() {
        fixture.given(counted(NINGBO, "100")).when(count(NINGBO, "0")).expectEvents(counted(NINGBO, "0", "-100"));
    }

    @Test
    void records_a_count_below_what_is_reserved_and_keeps_the_reservations() {
        fixture.given(counted(NINGBO, "100"), reserved(LAMPS, 1, "80"))
                .when(count(NINGBO, "50"))
                .expectEvents(counted(NINGBO, "50", "-50"));
    }

    @Test
    void rejects_a_count_of_a_product_never_registered() {
        fixture.givenNoPriorActivity()
                .when(new CountStock(StockId.of(UNREGISTERED), NINGBO, qty("10"), STOCKTAKE, DORA, COUNTED_ON))
                .expectException(refusedBy(UnknownProduct.class, "unknown-product"))
                .expectExceptionMessage("product " + UNREGISTERED + " is not a registered product")
                .expectNoEvents();
    }

    @Test
    void rejects_a_negative_count() {
        fixture.given(counted(NINGBO, "100"))
                .when(count(NINGBO, "-1"))
                .expectException(refusedBy(NegativeCount.class, "negative-count"))
                .expectExceptionMessage("a count in warehouse NGB-1 must be zero or more, but was -1")
                .expectNoEvents();
    }

    @Test
    void rejects_a_count_without_a_reason() {
        fixture.givenNoPriorActivity()
                .when(new CountStock(STOCK, NINGBO, qty("10"), "  ", DORA, COUNTED_ON))
                .expectException(refusedBy(MissingValue.class, "missing-value"))
                .expectExceptionMessage("reason is required and was missing or blank")
                .expectNoEvents();
    }

    @Test
    void rejects_a_count_without_a_warehouse() {
        fixture.givenNoPriorActivity()
                .when(new CountStock(STOCK, null, qty("10"), STOCKTAKE, DORA, COUNTED_ON))
                .expectException(refusedBy(MissingValue.class, "missing-value"))
                .expectExceptionMessage("warehouse is required and was missing or blank")
                .expectNoEvents();
    }

    @Test
    void rejects_a_count_without_a_quantity() {
        fixture.givenNoPriorActivity()
                .when(new CountStock(STOCK, NINGBO, null, STOCKTAKE, DORA, COUNTED_ON))
                .expectException(MissingValue.class)
                .expectExceptionMessage("counted is required and was missing or blank")
                .expectNoEvents();
    }

    @Test
    void rejects_a_count_without_who_counted() {
        fixture.givenNoPriorActivity()
                .when(new CountStock(STOCK, NINGBO, qty("10"), STOCKTAKE, null, COUNTED_ON))
                .expectException(MissingValue.class)
                .expectExceptionMessage("countedBy is required and was missing or blank")
                .expectNoEvents();
    }

    @Test
    void rejects_a_count_without_its_date() {
        fixture.givenNoPriorActivity()
                .when(new CountStock(STOCK, NINGBO, qty("10"), STOCKTAKE, DORA, null))
                .expectException(MissingValue.class)
                .expectExceptionMessage("countedOn is required and was missing or blank")
                .expectNoEvents();
    }
}
