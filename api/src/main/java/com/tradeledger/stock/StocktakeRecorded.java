package com.tradeledger.stock;

import com.tradeledger.shared.Username;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;

/**
 * A stocktake sheet (盘点单) of one warehouse was recorded: per product what was counted against the books. Each line
 * is followed, in the same transaction, by the product's own {@link StockCounted} adjustment.
 */
@Revision("1")
public record StocktakeRecorded(
        StocktakeId stocktakeId,
        WarehouseCode warehouse,
        List<StocktakeLine> lines,
        String reason,
        Username countedBy,
        LocalDate countedOn) {}
