package com.tradeledger.products;

import com.tradeledger.shared.Money;
import com.tradeledger.shared.UnitOfMeasure;
import java.util.Objects;

/**
 * What a product asks for one sale in one currency, per the unit the sale is counted in: the price its price list
 * gives for the grade, quantity and date ({@code listedUnitPrice}, with the {@code tier} that gave it, none for
 * the list price), and its floor price. Both prices are absent when the product has no price list in that
 * currency; the floor alone is absent when its list has none.
 */
public record SalePrice(Sku sku, UnitOfMeasure unit, Money listedUnitPrice, PriceTier tier, Money floorPrice) {

    public SalePrice {
        Objects.requireNonNull(sku, "sku is required");
        Objects.requireNonNull(unit, "unit is required");
    }

    /** No price list in the currency asked for: the sale can only be priced by hand. */
    public static SalePrice unlisted(Sku sku, UnitOfMeasure unit) {
        return new SalePrice(sku, unit, null, null, null);
    }

    public boolean isListed() {
        return listedUnitPrice != null;
    }
}
