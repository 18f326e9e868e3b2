package com.tradeledger.stock;

import static com.tradeledger.stock.Stocks.BRACKET;
import static com.tradeledger.stock.Stocks.LAMPS;
import static com.tradeledger.stock.Stocks.NINGBO;
import static com.tradeledger.stock.Stocks.SHANGHAI;
import static com.tradeledger.stock.Stocks.SHELVES;
import static com.tradeledger.stock.Stocks.STOCK;
import static com.tradeledger.stock.Stocks.counted;
import static com.tradeledger.stock.Stocks.qty;
import static com.tradeledger.stock.Stocks.released;
import static com.tradeledger.stock.Stocks.reserved;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tradeledger.EventSourcedAggregates;
import com.tradeledger.shared.ContractId;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Signing a contract reserves what is available of each line's product, through {@link StockKeeping#reserve}. */
class ReserveStockTest {

    private final EventSourcedAggregates aggregates = new EventSourcedAggregates();
    private final StockKeeping stock = new AggregateStockKeeping(aggregates.repositoryOf(Stock.class));

    @Test
    void reserves_all_that_is_wanted_when_it_is_available() {
        aggregates.given(Stock.class, STOCK, counted(NINGBO, "100"));

        assertThat(reserve(LAMPS, 1, "30")).isEqualByComparingTo("30");
        assertThat(aggregates.appendedAfterGiven(STOCK)).containsExactly(reserved(LAMPS, 1, "30"));
    }

    @Test
    void reserves_from_the_stock_of_every_warehouse() {
        aggregates.given(Stock.class, STOCK, counted(NINGBO, "100"), counted(SHANGHAI, "50"));

        assertThat(reserve(LAMPS, 1, "150")).isEqualByComparingTo("150");
    }

    @Test
    void reserves_only_what_other_contracts_have_not_reserved() {
        aggregates.given(
                Stock.class, STOCK, counted(NINGBO, "100"), counted(SHANGHAI, "50"), reserved(SHELVES, 1, "120"));

        assertThat(reserve(LAMPS, 1, "50")).isEqualByComparingTo("30");
        assertThat(aggregates.appendedAfterGiven(STOCK)).containsExactly(reserved(LAMPS, 1, "30"));
    }

    @Test
    void reserves_nothing_and_records_nothing_when_nothing_is_available() {
        aggregates.given(Stock.class, STOCK, counted(NINGBO, "100"), reserved(SHELVES, 1, "100"));

        assertThat(reserve(LAMPS, 1, "10")).isEqualByComparingTo("0");
        assertThat(aggregates.appendedAfterGiven(STOCK)).isEmpty();
    }

    @Test
    void reserves_nothing_while_a_count_below_the_reservations_leaves_less_than_nothing_available() {
        aggregates.given(
                Stock.class, STOCK, counted(NINGBO, "100"), reserved(SHELVES, 1, "80"), counted(NINGBO, "50", "-50"));

        assertThat(reserve(LAMPS, 1, "10")).isEqualByComparingTo("0");
        assertThat(aggregates.appendedAfterGiven(STOCK)).isEmpty();
    }

    @Test
    void reserves_again_what_a_cancelled_contract_gave_back() {
        aggregates.given(
                Stock.class, STOCK, counted(NINGBO, "100"), reserved(SHELVES, 1, "100"), released(SHELVES, 1, "100"));

        assertThat(reserve(LAMPS, 1, "60")).isEqualByComparingTo("60");
    }

    @Test
    void reserves_nothing_of_a_product_never_counted_and_creates_no_stock_for_it() {
        assertThat(reserve(LAMPS, 1, "10")).isEqualByComparingTo("0");
        assertThat(aggregates.history(STOCK)).isEmpty();
    }

    @Test
    void commits_the_reservation_with_the_callers_work_or_not_at_all() {
        aggregates.given(Stock.class, STOCK, counted(NINGBO, "100"));

        assertThatThrownBy(() -> aggregates.inUnitOfWork(() -> {
                    stock.reserve(BRACKET, LAMPS, 1, qty("30"));
                    throw new IllegalStateException("the contract refused to sign");
                }))
                .isInstanceOf(IllegalStateException.class);
        assertThat(aggregates.appendedAfterGiven(STOCK)).isEmpty();
    }

    @Test
    void rejects_reserving_a_quantity_that_is_not_positive() {
        aggregates.given(Stock.class, STOCK, counted(NINGBO, "100"));

        assertThatThrownBy(() -> reserve(LAMPS, 1, "0"))
                .isInstanceOf(QuantityNotPositive.class)
                .hasMessage("a quantity of stock that moves must be greater than zero, but was 0")
                .extracting(Stocks::codeOf)
                .isEqualTo("quantity-not-positive");
        assertThat(aggregates.appendedAfterGiven(STOCK)).isEmpty();
    }

    private BigDecimal reserve(ContractId contract, int line, String wanted) {
        return aggregates.inUnitOfWork(() -> stock.reserve(BRACKET, contract, line, qty(wanted)));
    }
}
