package com.tradeledger.stock;

import static com.tradeledger.stock.Stocks.DORA;
import static com.tradeledger.stock.Stocks.LAMPS;
import static com.tradeledger.stock.Stocks.NINGBO;
import static com.tradeledger.stock.Stocks.SHANGHAI;
import static com.tradeledger.stock.Stocks.STOCK;
import static com.tradeledger.stock.Stocks.counted;
import static com.tradeledger.stock.Stocks.qty;
import static com.tradeledger.stock.Stocks.received;
import static com.tradeledger.stock.Stocks.refusedBy;
import static com.tradeledger.stock.Stocks.reserved;
import static com.tradeledger.stock.Stocks.transfer;
import static com.tradeledger.stock.Stocks.transferred;

import com.tradeledger.shared.MissingValue;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;

class TransferStockTest {

    private final FixtureConfiguration<Stock> fixture = Stocks.fixture();

    @Test
    void moves_stock_from_one_warehouse_to_another() {
        fixture.given(counted(NINGBO, "100"))
                .when(transfer(NINGBO, SHANGHAI, "30"))
                .expectEvents(transferred(NINGBO, SHANGHAI, "30"));
    }

    @Test
    void moves_goods_that_came_in_on_a_receipt() {
        fixture.given(received(NINGBO, "40"))
                .when(transfer(NINGBO, SHANGHAI, "40"))
                .expectEvents(transferred(NINGBO, SHANGHAI, "40"));
    }

    @Test
    void leaves_the_warehouse_it_moved_from_with_less_on_hand() {
        fixture.given(counted(NINGBO, "100"), transferred(NINGBO, SHANGHAI, "30"))
                .when(transfer(NINGBO, SHANGHAI, "71"))
                .expectException(refusedBy(NotEnoughStock.class, "not-enough-stock"))
                .expectExceptionMessage(
                        "product " + Stocks.BRACKET + " in warehouse NGB-1: 71 wanted, 70 can be issued")
                .expectNoEvents();
    }

    @Test
    void moves_on_what_an_earlier_transfer_brought_in() {
        fixture.given(counted(NINGBO, "100"), transferred(NINGBO, SHANGHAI, "30"))
                .when(transfer(SHANGHAI, NINGBO, "30"))
                .expectEvents(transferred(SHANGHAI, NINGBO, "30"));
    }

    @Test
    void moves_reserved_stock_too_since_reservations_hold_the_product_in_no_particular_warehouse() {
        fixture.given(counted(NINGBO, "100"), reserved(LAMPS, 1, "100"))
                .when(transfer(NINGBO, SHANGHAI, "100"))
                .expectEvents(transferred(NINGBO, SHANGHAI, "100"));
    }

    @Test
    void rejects_moving_more_than_the_warehouse_has_on_hand() {
        fixture.given(counted(NINGBO, "10"), counted(SHANGHAI, "100"))
                .when(transfer(NINGBO, SHANGHAI, "20"))
                .expectException(refusedBy(NotEnoughStock.class, "not-enough-stock"))
                .expectNoEvents();
    }

    @Test
    void rejects_a_transfer_within_one_warehouse() {
        fixture.given(counted(NINGBO, "100"))
                .when(transfer(NINGBO, NINGBO, "10"))
                .expectException(refusedBy(TransferWithinWarehouse.class, "transfer-within-warehouse"))
                .expectExceptionMessage("a transfer moves stock between two warehouses, but both were NGB-1")
                .expectNoEvents();
    }

    @Test
    void rejects_a_transfer_of_nothing() {
        fixture.given(counted(NINGBO, "100"))
                .when(transfer(NINGBO, SHANGHAI, "0"))
                .expectException(refusedBy(QuantityNotPositive.class, "quantity-not-positive"))
                .expectNoEvents();
    }

    @Test
    void rejects_a_transfer_without_who_moved_it() {
        fixture.given(counted(NINGBO, "100"))
                .when(new TransferStock(STOCK, NINGBO, SHANGHAI, qty("10"), null, Stocks.TRANSFERRED_ON))
                .expectException(refusedBy(MissingValue.class, "missing-value"))
                .expectExceptionMessage("transferredBy is required and was missing or blank")
                .expectNoEvents();
    }

    @Test
    void rejects_a_transfer_without_its_destination() {
        fixture.given(counted(NINGBO, "100"))
                .when(new TransferStock(STOCK, NINGBO, null, qty("10"), DORA, Stocks.TRANSFERRED_ON))
                .expectException(MissingValue.class)
                .expectExceptionMessage("to is required and was missing or blank")
                .expectNoEvents();
    }

    @Test
    void rejects_a_transfer_of_a_product_whose_stock_was_never_counted_nor_received() {
        fixture.givenNoPriorActivity()
                .when(transfer(NINGBO, SHANGHAI, "10"))
                .expectException(AggregateNotFoundException.class)
                .expectNoEvents();
    }
}
