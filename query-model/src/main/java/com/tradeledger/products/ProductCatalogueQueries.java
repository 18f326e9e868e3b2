package com.tradeledger.products;

import com.tradeledger.shared.Filters;
import com.tradeledger.shared.PageWindow;
import java.util.Optional;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

/** Answers the questions about products and their prices from the product catalogue; it only reads. */
@Component
public class ProductCatalogueQueries {

    private final ProductCatalogue catalogue;

    public ProductCatalogueQueries(ProductCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @QueryHandler
    public Optional<ProductView> handle(FindProduct query) {
        return catalogue.find(query.productId());
    }

    @QueryHandler
    public ProductPage handle(ListProducts query) {
        var filters = new Filters().equal("category", query.category()).containing(query.text(), "sku", "name");
        return catalogue.list(filters, new PageWindow(query.page(), query.size()));
    }

    /**
     * The unit price of a product for one sale; none when the product is unknown or has no price list in the
     * currency asked for.
     *
     * @throws UnitNotConvertible when the product cannot be counted in the unit asked for
     */
    @QueryHandler
    public Optional<UnitPriceView> handle(FindUnitPrice query) {
        return catalogue.find(query.productId()).flatMap(product -> UnitPricing.price(product, query));
    }
}
