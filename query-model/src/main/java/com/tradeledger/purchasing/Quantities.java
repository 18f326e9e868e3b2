package com.tradeledger.purchasing;

import java.math.BigDecimal;

/** How the purchasing read models give back a stored quantity. */
final class Quantities {

    private Quantities() {}

    // Sums and differences carry the largest scale of their terms; a quantity reads the same however it was
    // written: 95, not 95.00.
    static BigDecimal plain(BigDecimal quantity) {
        BigDecimal stripped = quantity.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
