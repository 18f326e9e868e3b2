package com.tradeledger.stock;

import static com.tradeledger.shared.MissingValue.requirePresent;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.tradeledger.products.ProductId;
import com.tradeledger.shared.UnitOfMeasure;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;

/**
 * A stocktake sheet (盘点单): the counts of one warehouse recorded together, each product once, against what the books
 * said just before. Recording it sets each listed product's on hand in the warehouse to what was counted, in the same
 * transaction, so the sheet and the adjustments commit together or not at all; products not listed stay as they are.
 */
public class Stocktake {

    @AggregateIdentifier
    private StocktakeId stocktakeId;

    Stocktake() {
        // Axon rebuilds the sheet from its event through this constructor.
    }

    @CommandHandler
    Stocktake(RecordStocktake command, StockKeeping stock, StockedProducts products) {
        requireDetails(command);
        List<StocktakeLine> lines = new ArrayList<>();
        Set<ProductId> counted = new HashSet<>();
        for (StocktakeLineRequest line : command.lines()) {
            requirePresent(line, "lines");
            requirePresent(line.productId(), "productId");
            requirePresent(line.counted(), "counted");
            if (line.counted().signum() < 0) {
                throw new NegativeCount(command.warehouse(), line.counted());
            }
            if (!counted.add(line.productId())) {
                throw new ProductCountedTwice(line.productId());
            }
            UnitOfMeasure unit =
                    products.baseUnitOf(line.productId()).orElseThrow(() -> new UnknownProduct(line.productId()));
            BigDecimal onBooks = stock.onHand(line.productId(), command.warehouse());
            lines.add(new StocktakeLine(
                    line.productId(),
                    unit,
                    line.counted(),
                    onBooks,
                    line.counted().subtract(onBooks)));
        }
        String reason = "stocktake " + command.stocktakeId() + ": " + command.reason();
        apply(new StocktakeRecorded(
                        command.stocktakeId(),
                        command.warehouse(),
                        lines,
                        command.reason(),
                        command.countedBy(),
                        command.countedOn()))
                .andThen(() -> lines.forEach(line -> stock.count(
                        line.productId(),
                        command.warehouse(),
                        line.baseUnit(),
                        line.counted(),
                        reason,
                        command.countedBy(),
                        command.countedOn())));
    }

    private static void requireDetails(RecordStocktake command) {
        requirePresent(command.stocktakeId(), "stocktakeId");
        requirePresent(command.warehouse(), "warehouse");
        requirePresent(command.reason(), "reason");
        requirePresent(command.countedBy(), "countedBy");
        requirePresent(command.countedOn(), "countedOn");
        if (command.lines() == null || command.lines().isEmpty()) {
            throw new StocktakeWithoutLines();
        }
    }

    @EventSourcingHandler
    void on(StocktakeRecorded event) {
        stocktakeId = event.stocktakeId();
    }
}
