package com.tradeledger.stock;

import com.tradeledger.products.ProductId;
import com.tradeledger.shared.UnitOfMeasure;
import java.util.Optional;

/** The catalogue's products as stock needs to know them: whether one was registered, and its base unit. */
public interface StockedProducts {

    /** The unit the product is counted in (its base unit); empty when no such product was registered. */
    Optional<UnitOfMeasure> baseUnitOf(ProductId productId);
}
