package com.tradeledger.purchasing;

import static com.tradeledger.shared.MissingValue.requirePresent;

import com.tradeledger.products.ProductId;
import com.tradeledger.quoting.UnknownProduct;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;

/**
 * What makes a supplier's offer for a product one the ledger can buy on: a registered product in a unit it is
 * counted in, prices in the supplier's currency above zero with quantity breaks that ascend, and a lead time within
 * a year.
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
        BigDecimal previous = null;
        for (int position = 1; position <= prices.size(); position++) {
            PriceBreak price = prices.get(position - 1);
            requirePriceBreak(price, supplierCurrency);
            if (price.minQuantity().signum() < 0
                    || previous != null && price.minQuantity().compareTo(previous) <= 0) {
                throw new PriceBreaksNotAscending(position, price.minQuantity());
            }
            previous = price.minQuantity();
        }
    }

    private static void requirePriceBreak(PriceBreak price, Currency supplierCurrency) {
        requirePresent(price, "prices");
        requirePresent(price.minQuantity(), "minQuantity");
        requirePresent(price.unitPrice(), "unitPrice");
        if (!price.unitPrice().isIn(supplierCurrency)) {
            throw NotInSupplierCurrency.price(price.unitPrice(), supplierCurrency);
        }
        if (!price.unitPrice().isPositive()) {
            throw new PurchasePriceNotPositive(price.unitPrice());
        }
    }
}
