package com.tradeledger.purchasing;

import static com.tradeledger.shared.MissingValue.requirePresent;

import com.tradeledger.products.ProductId;
import com.tradeledger.quoting.UnknownProduct;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What makes a supplier's offer (供应商报价) for a product one the ledger can buy on: a registered product in a unit it
 * is counted in, prices above zero with quantity breaks that ascend within each currency, at least one of them in
 * the supplier's terms currency and others in whatever currencies it also sells in, and a lead time within a year.
 */
final class SupplierOfferRules {

    private SupplierOfferRules() {}

    static void requireValidOffer(SetSupplierOffer offer, Currency supplierCurrency, ProductCatalogue products) {
        requirePresent(offer.productId(), "productId");
        requirePresent(offer.unit(), "unit");
        requireLeadTimeWithinAYear(offer.leadTimeDays());
        products.find(offer.productId())
                .orElseThrow(() -> new UnknownProduct(offer.productId()))
                .requireCountedIn(offer.unit());
        requirePrices(offer.productId(), offer.prices(), supplierCurrency);
    }

    private static void requireLeadTimeWithinAYear(int leadTimeDays) {
        if (leadTimeDays < 0 || leadTimeDays > LeadTimeOutOfRange.MAX_DAYS) {
            throw new LeadTimeOutOfRange(leadTimeDays);
        }
    }

    private static void requirePrices(ProductId productId, List<PriceBreak> prices, Currency supplierCurrency) {
        if (prices == null || prices.isEmpty()) {
            throw new OfferHasNoPrices(productId);
        }
        Map<Currency, BigDecimal> previousInCurrency = new HashMap<>();
        for (int position = 1; position <= prices.size(); position++) {
            PriceBreak price = prices.get(position - 1);
            requirePriceBreak(price);
            Currency currency = price.unitPrice().currency();
            BigDecimal previous = previousInCurrency.put(currency, price.minQuantity());
            if (price.minQuantity().signum() < 0
                    || previous != null && price.minQuantity().compareTo(previous) <= 0) {
                throw new PriceBreaksNotAscending(position, price.minQuantity(), currency);
            }
        }
        if (!previousInCurrency.containsKey(supplierCurrency)) {
            throw NotInSupplierCurrency.offer(productId, supplierCurrency);
        }
    }

    private static void requirePriceBreak(PriceBreak price) {
        requirePresent(price, "prices");
        requirePresent(price.minQuantity(), "minQuantity");
        requirePresent(price.unitPrice(), "unitPrice");
        if (!price.unitPrice().isPositive()) {
            throw new PurchasePriceNotPositive(price.unitPrice());
        }
    }
}
