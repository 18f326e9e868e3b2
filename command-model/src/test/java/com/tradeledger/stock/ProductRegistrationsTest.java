package com.tradeledger.stock;

import static com.tradeledger.stock.Stocks.BRACKET;
import static com.tradeledger.stock.Stocks.PCS;
import static com.tradeledger.stock.Stocks.UNREGISTERED;
import static com.tradeledger.stock.Stocks.qty;
import static org.assertj.core.api.Assertions.assertThat;

import com.tradeledger.EventSourcedAggregates;
import com.tradeledger.products.Product;
import com.tradeledger.products.ProductId;
import com.tradeledger.products.ProductRegistered;
import com.tradeledger.products.ProductSource;
import com.tradeledger.products.Sku;
import com.tradeledger.products.UnitConversion;
import com.tradeledger.products.UnitConversionsDefined;
import com.tradeledger.shared.UnitOfMeasure;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Base units as the products' registrations recorded them in the event store. */
class ProductRegistrationsTest {

    private static final UnitOfMeasure CTN = UnitOfMeasure.of("CTN");

    private final EventSourcedAggregates aggregates = new EventSourcedAggregates();
    private final StockedProducts products = new ProductRegistrations(aggregates.eventStore());

    @Test
    void gives_the_base_unit_the_product_was_registered_in() {
        aggregates.given(Product.class, BRACKET, registered());

        assertThat(baseUnitOf(BRACKET)).contains(PCS);
    }

    @Test
    void keeps_the_base_unit_when_the_products_conversions_change() {
        aggregates.given(
                Product.class,
                BRACKET,
                registered(),
                new UnitConversionsDefined(BRACKET, PCS, List.of(new UnitConversion(CTN, qty("24")))));

        assertThat(baseUnitOf(BRACKET)).contains(PCS);
    }

    @Test
    void knows_no_base_unit_of_a_product_never_registered() {
        assertThat(baseUnitOf(UNREGISTERED)).isEmpty();
    }

    private Optional<UnitOfMeasure> baseUnitOf(ProductId productId) {
        return aggregates.inUnitOfWork(() -> products.baseUnitOf(productId));
    }

    private static ProductRegistered registered() {
        return new ProductRegistered(
                BRACKET,
                Sku.of("BRK-200"),
                "Steel shelf bracket 200 mm",
                "Hardware",
                ProductSource.OWN,
                PCS,
                List.of(new UnitConversion(CTN, qty("12"))),
                null,
                null,
                List.of());
    }
}
