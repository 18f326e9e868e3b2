package com.tradeledger.products;

import com.tradeledger.customers.CustomerGrade;
import com.tradeledger.shared.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A product's prices in one currency, per base unit (订价): the list price, tiers by quantity, grade and period,
 * and the floor and cost prices that only some roles may see (价格访问权限).
 *
 * <p>The price for a sale is the lowest of the tiers that apply to its grade, quantity and date, or the list
 * price when none applies; so a grade-specific tier may sit above the list price as a surcharge.
 */
public record PriceList(Currency currency, Money listPrice, List<PriceTier> tiers, Money floorPrice, Money costPrice) {

    public PriceList {
        Objects.requireNonNull(currency, "a price list needs a currency");
        Objects.requireNonNull(listPrice, "a price list needs a list price");
        tiers = tiers == null ? List.of() : List.copyOf(tiers);
        Stream.concat(
                        Stream.of(listPrice, floorPrice, costPrice),
                        tiers.stream().map(PriceTier::unitPrice))
                .filter(Objects::nonNull)
                .filter(price -> !price.isIn(currency))
                .findFirst()
                .ifPresent(price -> {
                    throw new IllegalArgumentException("every price in a " + currency.getCurrencyCode()
                            + " price list must be in " + currency.getCurrencyCode() + ", not " + price);
                });
        if (!listPrice.isPositive()) {
            throw new IllegalArgumentException("the list price must be greater than zero");
        }
        if (floorPrice != null && floorPrice.isNegative() || costPrice != null && costPrice.isNegative()) {
            throw new IllegalArgumentException("floor and cost prices cannot be negative");
        }
    }

    /** The unit price per base unit for a customer grade, a quantity in base units and a date. */
    public PricePoint priceFor(CustomerGrade grade, BigDecimal baseQuantity, LocalDate date) {
        return tiers.stream()
                .filter(tier -> tier.appliesTo(grade, baseQuantity, date))
                .min(Comparator.comparing(tier -> tier.unitPrice().amount()))
                .map(tier -> new PricePoint(tier.unitPrice(), tier))
                .orElseGet(() -> new PricePoint(listPrice, null));
    }

    /** The first pair of tiers that compete for the same grade, quantity and day, if any. */
    public Optional<List<PriceTier>> overlappingTiers() {
        for (int i = 0; i < tiers.size(); i++) {
            for (int j = i + 1; j < tiers.size(); j++) {
                if (tiers.get(i).overlaps(tiers.get(j))) {
                    return Optional.of(List.of(tiers.get(i), tiers.get(j)));
                }
            }
        }
        return Optional.empty();
    }

    /** The prices of this list that sit below its floor price. */
    public List<Money> pricesBelowFloor() {
        if (floorPrice == null) {
            return List.of();
        }
        return Stream.concat(Stream.of(listPrice), tiers.stream().map(PriceTier::unitPrice))
                .filter(price -> price.isLessThan(floorPrice))
                .toList();
    }

    /** This list as people without price access rights may see it: no floor and no cost price. */
    public PriceList withoutRestrictedPrices() {
        return new PriceList(currency, listPrice, tiers, null, null);
    }

    /** A price found in a list: the unit price and the tier it came from, or no tier for the list price. */
    public record PricePoint(Money unitPrice, PriceTier tier) {}
}
