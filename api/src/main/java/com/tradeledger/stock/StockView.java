package com.tradeledger.stock;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.tradeledger.products.ProductId;
import com.tradeledger.shared.UnitOfMeasure;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * The stock (库存) of one product as it now stands, in its base unit: on hand per warehouse, reserved per contract
 * line, on order per open purchase order line, and the totals; {@code available} is on hand less reserved, and is
 * negative when a stocktake found less than was already promised. {@code version} is the sequence number of its last
 * stock event (-1 when the product is only on order).
 */
public record StockView(
        ProductId productId,
        UnitOfMeasure baseUnit,
        List<WarehouseStock> warehouses,
        List<StockReservation> reservations,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal onHand,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal reserved,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal available,
        List<StockOnOrder> orders,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal onOrder,
        long version,
        Instant changedAt) {}
