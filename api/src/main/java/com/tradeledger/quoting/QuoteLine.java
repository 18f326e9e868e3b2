package com.tradeledger.quoting;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.tradeledger.products.ProductId;
import com.tradeledger.products.Sku;
import com.tradeledger.shared.Money;
import com.tradeledger.shared.Percentage;
import com.tradeledger.shared.UnitOfMeasure;
import java.math.BigDecimal;

/**
 * One line of a quote as priced: the product, quantity and unit, the unit price in that unit and how it was
 * found, the discount, and the product's floor price per that unit when it has one in the quote's currency
 * (kept so that the line says by itself whether it sells below the floor).
 */
public record QuoteLine(
        int lineNumber,
        ProductId productId,
        Sku sku,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal quantity,
        UnitOfMeasure unit,
        Money unitPrice,
        Percentage discount,
        PriceOrigin priceOrigin,
        Money floorPrice) {

    /** The price per unit after the discount, unrounded. */
    public Money netUnitPrice() {
        return unitPrice.times(discount.remainder());
    }

    /** The line's total, rounded half-even to the currency's minor unit: the named rounding point of a line. */
    public Money total() {
        return netUnitPrice().times(quantity).rounded();
    }

    /** Whether the discounted price lies below the product's floor price. */
    public boolean belowFloor() {
        return floorPrice != null && netUnitPrice().isLessThan(floorPrice);
    }

    /** This line as people without price access rights may see it: no floor price. */
    public QuoteLine withoutFloorPrice() {
        return new QuoteLine(lineNumber, productId, sku, quantity, unit, unitPrice, discount, priceOrigin, null);
    }
}
