package com.tradeledger.products;

import com.tradeledger.shared.BusinessRuleViolation;
import java.util.List;

/** Two tiers for the same grade, minimum quantity and day would make the price of a sale depend on their order. */
public final class OverlappingPriceTiers extends BusinessRuleViolation {

    OverlappingPriceTiers(List<PriceTier> tiers) {
        super(
                "overlapping-price-tiers",
                "price tiers " + describe(tiers.get(0)) + " and " + describe(tiers.get(1))
                        + " apply to the same grade, minimum quantity and days");
    }

    private static String describe(PriceTier tier) {
        String label = tier.label() == null || tier.label().isBlank() ? "" : "'" + tier.label() + "' ";
        return label + "(from " + tier.minQuantity().toPlainString() + ", grade "
                + (tier.grade() == null ? "any" : tier.grade()) + ", " + tier.unitPrice() + ")";
    }
}
