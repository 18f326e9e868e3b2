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
 * found, the discount, and whether the discounted price lies below the product's floor price. The floor price
 * itself is restricted (价格访问权限), so events and views carry only this verdict, never the amount.
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
        boolean belowFloor) {

    /** A line priced against the product's floor price per this unit (null when it has none in this currency). */
    public static QuoteLine priced(
            int lineNumber,
            ProductId productId,
            Sku sku,
            BigDecimal quantity,
            UnitOfMeasure unit,
            Money unitPrice,
            Percentage discount,
            PriceOrigin priceOrigin,
            Money floorPrice) {
        boolean belowFloor =
                floorPrice != null && unitPrice.times(discount.remainder()).isLessThan(floorPrice);
        return new QuoteLine(lineNumber, productId, sku, quantity, unit, unitPrice, discount, priceOrigin, belowFloor);
    }

    /** The price per unit after the discount. */
    public Money netUnitPrice() {
        return unitPrice.times(discount.remainder());
    }

    /** The line's total, rounded half-even to the currency's minor unit: the named rounding point of a line. */
    public Money total() {
        return netUnitPrice().times(quantity).rounded();
    }
}
