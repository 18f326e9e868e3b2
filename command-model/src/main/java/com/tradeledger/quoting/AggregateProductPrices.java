package com.tradeledger.quoting;

import com.tradeledger.customers.CustomerGrade;
import com.tradeledger.products.Product;
import com.tradeledger.products.ProductId;
import com.tradeledger.products.SalePrice;
import com.tradeledger.shared.UnitOfMeasure;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import org.axonframework.eventsourcing.IncompatibleAggregateException;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;

/**
 * Prices read from the product aggregates themselves, so that a quote line is priced on the catalogue as its own
 * events leave it, never on a read model that may lag. Runs inside the quote command's unit of work.
 */
public final class AggregateProductPrices implements ProductPrices {

    private final Repository<Product> products;

    public AggregateProductPrices(Repository<Product> products) {
        this.products = products;
    }

    @Override
    public SalePrice price(
            ProductId productId,
            CustomerGrade grade,
            BigDecimal quantity,
            UnitOfMeasure unit,
            LocalDate pricedOn,
            Currency currency) {
        return load(productId).invoke(product -> product.priceOfSale(grade, quantity, unit, pricedOn, currency));
    }

    private Aggregate<Product> load(ProductId productId) {
        try {
            return products.load(productId.toString());
        } catch (AggregateNotFoundException | IncompatibleAggregateException unknown) {
            throw new UnknownProduct(productId);
        }
    }
}
