package com.tradeledger.stock;

import com.tradeledger.shared.Username;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record a stocktake (盘点) count of one product in one warehouse, in the product's base unit. */
public record CountStock(
        @TargetAggregateIdentifier StockId stockId,
        WarehouseCode warehouse,
        BigDecimal counted,
        String reason,
        Username countedBy,
        LocalDate countedOn) {}
