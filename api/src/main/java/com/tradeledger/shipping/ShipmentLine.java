package com.tradeledger.shipping;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.tradeledger.products.ProductId;
import com.tradeledger.products.Sku;
import com.tradeledger.shared.Money;
import com.tradeledger.shared.UnitOfMeasure;
import java.math.BigDecimal;

/**
 * One line of a shipment as the contract prices it: the contract line, product, quantity in the line's unit and in
 * the product's base unit, the net unit price and the line total (rounded to the currency's minor unit).
 */
public record ShipmentLine(
        int contractLine,
        ProductId productId,
        Sku sku,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal quantity,
        UnitOfMeasure unit,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal baseQuantity,
        UnitOfMeasure baseUnit,
        Money netUnitPrice,
        Money total) {}
