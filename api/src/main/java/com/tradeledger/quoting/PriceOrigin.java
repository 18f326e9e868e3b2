package com.tradeledger.quoting;

import com.tradeledger.shared.Username;
import java.util.Objects;

/**
 * How a quote line's price was found, for whoever later asks why the customer was offered it: the basis, the
 * tier's label when a tier applied, and who priced the line.
 */
public record PriceOrigin(PriceBasis basis, String tierLabel, Username pricedBy) {

    public PriceOrigin {
        Objects.requireNonNull(basis, "a price basis is required");
        Objects.requireNonNull(pricedBy, "who priced the line is required");
    }
}
