package com.tradeledger.contracting;

import com.tradeledger.shared.Money;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;

/**
 * A part of one contract line that ships (出货): its quantity in the line's unit, the same in the product's base unit
 * (what stock issues) and what it is worth (a total in the currency's minor unit). The parts of a line that shipped
 * add up to the line itself.
 */
public record LinePortion(BigDecimal quantity, BigDecimal baseQuantity, Money total) {

    public LinePortion {
        Objects.requireNonNull(quantity, "a line portion needs its quantity");
        Objects.requireNonNull(baseQuantity, "a line portion needs its base quantity");
        Objects.requireNonNull(total, "a line portion needs its total");
    }

    static LinePortion nothing(Currency currency) {
        return new LinePortion(BigDecimal.ZERO, BigDecimal.ZERO, Money.zero(currency));
    }

    LinePortion plus(LinePortion other) {
        return new LinePortion(
                quantity.add(other.quantity), baseQuantity.add(other.baseQuantity), total.plus(other.total));
    }
}
