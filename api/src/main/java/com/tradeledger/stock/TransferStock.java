package com.tradeledger.stock;

import com.tradeledger.shared.Username;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Move stock of a product from one warehouse to another. */
public record TransferStock(
        @TargetAggregateIdentifier StockId stockId,
        WarehouseCode from,
        WarehouseCode to,
        BigDecimal quantity,
        Username transferredBy,
        LocalDate transferredOn) {}
