package com.tradeledger.stock;

import static com.tradeledger.stock.Stocks.BRACKET;
import static com.tradeledger.stock.Stocks.COUNTED_ON;
import static com.tradeledger.stock.Stocks.DORA;
import static com.tradeledger.stock.Stocks.NINGBO;
import static com.tradeledger.stock.Stocks.PCS;
import static com.tradeledger.stock.Stocks.SHANGHAI;
import static com.tradeledger.stock.Stocks.STOCK;
import static com.tradeledger.stock.Stocks.UNREGISTERED;
import static com.tradeledger.stock.Stocks.qty;
import static org.assertj.core.api.Assertions.assertThat;

import com.tradeledger.EventSourcedAggregates;
import com.tradeledger.products.ProductId;
import com.tradeledger.shared.MissingValue;
import com.tradeledger.shared.UnitOfMeasure;
import java.util.Arrays;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;

/**
 * A stocktake sheet (盘点单) of a warehouse, with each product's stock sourced from its own events: the sheet records
 * what was counted against the books, and each product's on hand becomes what was counted, in one unit of work.
 */
class RecordStocktakeTest {

    private static final StocktakeId SHEET = StocktakeId.of("0a000000-0000-4000-8000-000000000001");
    private static final ProductId HINGE = ProductId.of("0b000000-0000-4000-8000-000000000002");
    private static final StockId HINGES = StockId.of(HINGE);
    private static final UnitOfMeasure KG = UnitOfMeasure.of("KG");
    private static final String YEAR_END = "year-end count";
    private static final String AS_ADJUSTED = "stocktake " + SHEET + ": " + YEAR_END;

    private final EventSourcedAggregates aggregates = new EventSourcedAggregates();
    private final FixtureConfiguration<Stocktake> fixture = new AggregateTestFixture<>(Stocktake.class);

    RecordStocktakeTest() {
        fixture.registerInjectableResource(new AggregateStockKeeping(aggregates.repositoryOf(Stock.class)));
        fixture.registerInjectableResource(Stocks.catalogue().with(HINGE, KG));
    }

    @Test
    void records_each_count_against_the_books_and_sets_on_hand_to_what_was_counted() {
        aggregates.given(Stock.class, STOCK, Stocks.counted(NINGBO, "100"), Stocks.counted(SHANGHAI, "7"));

        fixture.givenNoPriorActivity()
                .when(sheet(line(BRACKET, "96"), line(HINGE, "12.5")))
                .expectEvents(new StocktakeRecorded(
                        SHEET,
                        NINGBO,
                        List.of(
                                new StocktakeLine(BRACKET, PCS, qty("96"), qty("100"), qty("-4")),
                                new StocktakeLine(HINGE, KG, qty("12.5"), qty("0"), qty("12.5"))),
                        YEAR_END,
                        DORA,
                        COUNTED_ON));

        assertThat(aggregates.appendedAfterGiven(STOCK))
                .containsExactly(
                        new StockCounted(BRACKET, NINGBO, PCS, qty("96"), qty("-4"), AS_ADJUSTED, DORA, COUNTED_ON));
        assertThat(aggregates.history(HINGES))
                .containsExactly(
                        new StockCounted(HINGE, NINGBO, KG, qty("12.5"), qty("12.5"), AS_ADJUSTED, DORA, COUNTED_ON));
    }

    @Test
    void leaves_products_and_warehouses_not_on_the_sheet_as_they_were() {
        aggregates.given(Stock.class, STOCK, Stocks.counted(SHANGHAI, "7"));

        fixture.givenNoPriorActivity().when(sheet(line(HINGE, "3"))).expectSuccessfulHandlerExecution();

        assertThat(aggregates.appendedAfterGiven(STOCK)).isEmpty();
    }

    @Test
    void rejects_a_product_listed_twice_and_counts_nothing() {
        fixture.givenNoPriorActivity()
                .when(sheet(line(HINGE, "3"), line(BRACKET, "1"), line(HINGE, "4")))
                .expectException(ProductCountedTwice.class)
                .expectExceptionMessage("product " + HINGE + " is listed twice on the stocktake")
                .expectNoEvents();

        assertThat(aggregates.history(HINGES)).isEmpty();
        assertThat(aggregates.history(STOCK)).isEmpty();
    }

    @Test
    void rejects_a_product_the_catalogue_never_registered() {
        fixture.givenNoPriorActivity()
                .when(sheet(line(HINGE, "3"), line(UNREGISTERED, "1")))
                .expectException(UnknownProduct.class)
                .expectNoEvents();

        assertThat(aggregates.history(HINGES)).isEmpty();
    }

    @Test
    void rejects_a_negative_count() {
        fixture.givenNoPriorActivity()
                .when(sheet(line(HINGE, "-1")))
                .expectException(NegativeCount.class)
                .expectNoEvents();
    }

    @Test
    void rejects_a_sheet_without_lines() {
        fixture.givenNoPriorActivity()
                .when(sheet())
                .expectException(StocktakeWithoutLines.class)
                .expectNoEvents();
    }

    @Test
    void rejects_a_line_without_its_count() {
        fixture.givenNoPriorActivity()
                .when(sheet(line(HINGE, null)))
                .expectException(MissingValue.class)
                .expectExceptionMessage("counted is required and was missing or blank")
                .expectNoEvents();
    }

    @Test
    void rejects_a_sheet_without_a_reason() {
        fixture.givenNoPriorActivity()
                .when(new RecordStocktake(SHEET, NINGBO, List.of(line(HINGE, "1")), " ", DORA, COUNTED_ON))
                .expectException(MissingValue.class)
                .expectExceptionMessage("reason is required and was missing or blank")
                .expectNoEvents();
    }

    @Test
    void rejects_a_sheet_without_its_warehouse() {
        fixture.givenNoPriorActivity()
                .when(new RecordStocktake(SHEET, null, List.of(line(HINGE, "1")), YEAR_END, DORA, COUNTED_ON))
                .expectException(MissingValue.class)
                .expectNoEvents();
    }

    private static RecordStocktake sheet(StocktakeLineRequest... lines) {
        return new RecordStocktake(SHEET, NINGBO, Arrays.asList(lines), YEAR_END, DORA, COUNTED_ON);
    }

    private static StocktakeLineRequest line(ProductId product, String counted) {
        return new StocktakeLineRequest(product, counted == null ? null : qty(counted));
    }
}
