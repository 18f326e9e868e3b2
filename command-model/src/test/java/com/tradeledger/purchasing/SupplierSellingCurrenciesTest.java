package com.tradeledger.purchasing;

import static com.tradeledger.purchasing.SupplierExamples.BRACKET;
import static com.tradeledger.purchasing.SupplierExamples.CTN;
import static com.tradeledger.purchasing.SupplierExamples.EUR;
import static com.tradeledger.purchasing.SupplierExamples.NINGBO_METAL;
import static com.tradeledger.purchasing.SupplierExamples.PCS;
import static com.tradeledger.purchasing.SupplierExamples.USD;
import static com.tradeledger.purchasing.SupplierExamples.from;
import static com.tradeledger.purchasing.SupplierExamples.registered;
import static com.tradeledger.purchasing.SupplierExamples.usd;
import static org.assertj.core.api.Assertions.assertThat;

import com.tradeledger.EventSourcedAggregates;
import com.tradeledger.products.ProductId;
import com.tradeledger.shared.Money;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The currencies the ledger may buy in from a supplier, as its own events leave it: its terms currency always,
 * another only for products its offers price in that currency. NINGBO_METAL sells in USD.
 */
class SupplierSellingCurrenciesTest {

    private static final ProductId HINGE = ProductId.of("0b000000-0000-4000-8000-000000000002");
    private static final Currency CNY = Currency.getInstance("CNY");

    private final EventSourcedAggregates histories = new EventSourcedAggregates();
    private final Suppliers suppliers = new AggregateSuppliers(histories.repositoryOf(Supplier.class));

    @Test
    void sells_in_its_terms_currency_whatever_its_offers_say() {
        histories.given(Supplier.class, NINGBO_METAL, registered(), offered(BRACKET, usd("130.00"), eur("118.00")));

        assertThat(supplier().sellsIn(USD, List.of(BRACKET, HINGE))).isTrue();
    }

    @Test
    void sells_in_another_currency_products_whose_offers_all_price_in_it() {
        histories.given(
                Supplier.class,
                NINGBO_METAL,
                registered(),
                offered(BRACKET, usd("130.00"), eur("118.00")),
                offered(HINGE, usd("4.10"), eur("3.70")));

        assertThat(supplier().sellsIn(EUR, List.of(BRACKET, HINGE))).isTrue();
    }

    @Test
    void does_not_sell_in_another_currency_when_one_product_has_no_price_in_it() {
        histories.given(
                Supplier.class,
                NINGBO_METAL,
                registered(),
                offered(BRACKET, usd("130.00"), eur("118.00")),
                offered(HINGE, usd("4.10")));

        assertThat(supplier().sellsIn(EUR, List.of(BRACKET, HINGE))).isFalse();
        assertThat(supplier().sellsIn(CNY, List.of(BRACKET))).isFalse();
    }

    @Test
    void does_not_sell_in_another_currency_a_product_it_has_not_priced() {
        histories.given(Supplier.class, NINGBO_METAL, registered(), offered(BRACKET, usd("130.00"), eur("118.00")));

        assertThat(supplier().sellsIn(EUR, List.of(HINGE))).isFalse();
    }

    @Test
    void stops_selling_in_a_currency_its_new_offer_no_longer_prices_in() {
        histories.given(
                Supplier.class,
                NINGBO_METAL,
                registered(),
                offered(BRACKET, usd("130.00"), eur("118.00")),
                offered(BRACKET, usd("128.00")));

        assertThat(supplier().sellsIn(EUR, List.of(BRACKET))).isFalse();
    }

    @Test
    void claims_no_other_currency_for_no_products() {
        histories.given(Supplier.class, NINGBO_METAL, registered(), offered(BRACKET, usd("130.00"), eur("118.00")));

        assertThat(supplier().sellsIn(EUR, List.of())).isFalse();
        assertThat(supplier().sellsIn(USD, List.of())).isTrue();
    }

    private SupplierState supplier() {
        return histories.inUnitOfWork(() -> suppliers.find(NINGBO_METAL)).orElseThrow();
    }

    private static SupplierOfferSet offered(ProductId product, Money... prices) {
        List<PriceBreak> breaks =
                List.of(prices).stream().map(price -> from("0", price)).toList();
        return new SupplierOfferSet(NINGBO_METAL, product, null, product.equals(BRACKET) ? CTN : PCS, breaks, 40);
    }

    private static Money eur(String amount) {
        return Money.of(amount, "EUR");
    }
}
