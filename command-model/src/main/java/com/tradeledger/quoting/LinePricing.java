package com.tradeledger.quoting;

import static com.tradeledger.shared.MissingValue.requirePresent;

import com.tradeledger.customers.CustomerGrade;
import com.tradeledger.products.ProductId;
import com.tradeledger.products.SalePrice;
import com.tradeledger.shared.Money;
import com.tradeledger.shared.Percentage;
import java.math.BigDecimal;
import java.util.Currency;

/**
 * Prices a quote line for the quote's customer grade and currency: by hand when the salesperson gives a unit
 * price, else from the product's price list. The rules every priced line obeys live here.
 */
final class LinePricing {

    private final CustomerGrade grade;
    private final Currency currency;
    private final ProductPrices prices;

    LinePricing(CustomerGrade grade, Currency currency, ProductPrices prices) {
        this.grade = grade;
        this.currency = currency;
        this.prices = prices;
    }

    QuoteLine price(int lineNumber, ProductId productId, LineRequest request) {
        requireComplete(request);
        requirePositiveQuantity(request.quantity());
        if (request.pricedByHand()) {
            requireQuoteCurrency(request.unitPrice());
            requirePositiveUnitPrice(request.unitPrice());
        }
        SalePrice price =
                prices.price(productId, grade, request.quantity(), request.unit(), request.pricedOn(), currency);
        return QuoteLine.priced(
                lineNumber,
                productId,
                price.sku(),
                request.quantity(),
                price.unit(),
                unitPrice(productId, request, price),
                request.discount() == null ? Percentage.ZERO : request.discount(),
                origin(request, price),
                price.floorPrice());
    }

    private static void requireComplete(LineRequest request) {
        requirePresent(request.quantity(), "quantity");
        requirePresent(request.pricedOn(), "pricedOn");
        requirePresent(request.pricedBy(), "pricedBy");
    }

    private static void requirePositiveQuantity(BigDecimal quantity) {
        if (quantity.signum() <= 0) {
            throw new QuantityNotPositive(quantity);
        }
    }

    private void requireQuoteCurrency(Money unitPrice) {
        if (!unitPrice.isIn(currency)) {
            throw new CurrencyMismatch(unitPrice, currency);
        }
    }

    private static void requirePositiveUnitPrice(Money unitPrice) {
        if (!unitPrice.isPositive()) {
            throw new UnitPriceNotPositive(unitPrice);
        }
    }

    private Money unitPrice(ProductId productId, LineRequest request, SalePrice price) {
        if (request.pricedByHand()) {
            return request.unitPrice();
        }
        if (!price.isListed()) {
            throw new NoPriceInCurrency(productId, currency);
        }
        return price.listedUnitPrice();
    }

    private static PriceOrigin origin(LineRequest request, SalePrice price) {
        if (request.pricedByHand()) {
            return new PriceOrigin(PriceBasis.MANUAL, null, request.pricedBy());
        }
        if (price.tier() != null) {
            return new PriceOrigin(PriceBasis.PRICE_TIER, price.tier().label(), request.pricedBy());
        }
        return new PriceOrigin(PriceBasis.LIST_PRICE, null, request.pricedBy());
    }
}
