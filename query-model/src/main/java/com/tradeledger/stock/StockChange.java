package com.tradeledger.stock;

import com.tradeledger.products.ProductId;
import com.tradeledger.shared.UnitOfMeasure;
import java.math.BigDecimal;

/**
 * What one stock event did to a product's stock levels: the movement as it is listed, and the change it made to
 * the warehouse's on hand and to the contract line's reservation. {@code eventId} is the event's identifier, so
 * that the same event is recorded once however often it is delivered; {@code baseUnit} is given by counts only.
 */
public record StockChange(
        String eventId,
        ProductId productId,
        UnitOfMeasure baseUnit,
        StockMovement movement,
        BigDecimal onHandChange,
        BigDecimal reservedChange) {}
