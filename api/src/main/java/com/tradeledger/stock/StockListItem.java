package com.tradeledger.stock;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.tradeledger.products.ProductId;
import com.tradeledger.products.Sku;
import com.tradeledger.shared.UnitOfMeasure;
import java.math.BigDecimal;

/**
 * One product's line in the stock list (库存), in its base unit: on hand in every warehouse, reserved for contracts,
 * available (on hand less reserved, negative when less is there than was promised) and on order from suppliers (在途).
 * SKU and name come from the product catalogue (null if it does not list the product); {@code warehouse} and
 * {@code onHandInWarehouse} are given when the list is of one warehouse.
 */
public record StockListItem(
        ProductId productId,
        Sku sku,
        String name,
        UnitOfMeasure baseUnit,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal onHand,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal reserved,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal available,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal onOrder,
        WarehouseCode warehouse,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal onHandInWarehouse) {}
