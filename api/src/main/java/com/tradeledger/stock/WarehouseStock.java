package com.tradeledger.stock;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;

/** What one warehouse (仓库) has on hand of a product, in its base unit. */
public record WarehouseStock(
        WarehouseCode warehouse,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal onHand) {}
