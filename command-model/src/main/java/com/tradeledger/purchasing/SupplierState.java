package com.tradeledger.purchasing;

import com.tradeledger.products.ProductId;
import com.tradeledger.shared.SupplierId;
import java.util.Collection;
import java.util.Currency;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A supplier (供应商) as a purchase order reads it: its code, name, terms, whether the ledger still buys from it, and
 * the currencies its offer (供应商报价) for each product gives prices in.
 */
public record SupplierState(
        SupplierId supplierId,
        SupplierCode code,
        String name,
        SupplierTerms terms,
        boolean active,
        Map<ProductId, Set<Currency>> offeredCurrencies) {

    public SupplierState {
        offeredCurrencies = offeredCurrencies == null ? Map.of() : Map.copyOf(offeredCurrencies);
    }

    /** A supplier that has not priced any product yet. */
    public SupplierState(SupplierId supplierId, SupplierCode code, String name, SupplierTerms terms, boolean active) {
        this(supplierId, code, name, terms, active, Map.of());
    }

    /**
     * Whether the ledger may buy these products from the supplier in {@code currency}: always in its terms currency;
     * in another only when its offer for every one of the products has a price in that currency (so never for no
     * products at all).
     */
    public boolean sellsIn(Currency currency, Collection<ProductId> products) {
        Objects.requireNonNull(currency, "currency is required");
        if (currency.equals(terms.currency())) {
            return true;
        }
        return !products.isEmpty()
                && products.stream()
                        .allMatch(product -> offeredCurrencies
                                .getOrDefault(product, Set.of())
                                .contains(currency));
    }
}
