package com.tradeledger.stock;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.tradeledger.products.ProductId;
import com.tradeledger.shared.UnitOfMeasure;
import com.tradeledger.shared.Username;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/**
 * A stocktake counted the product in a warehouse; {@code difference} (counted − on hand before) is the adjustment.
 * Quantities are in the product's base unit.
 */
@Revision("1")
public record StockCounted(
        ProductId productId,
        WarehouseCode warehouse,
        UnitOfMeasure baseUnit,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal counted,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal difference,
        String reason,
        Username countedBy,
        LocalDate countedOn) {}
