package com.tradeledger.stock;

import com.tradeledger.shared.Username;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Record a stocktake sheet (盘点单): what was counted of each listed product in one warehouse, in its base unit. Each
 * product's on hand there becomes what was counted; products not listed are left as they are.
 */
public record RecordStocktake(
        @TargetAggregateIdentifier StocktakeId stocktakeId,
        WarehouseCode warehouse,
        List<StocktakeLineRequest> lines,
        String reason,
        Username countedBy,
        LocalDate countedOn) {}
