package com.tradeledger.products;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.tradeledger.customers.CustomerGrade;
import com.tradeledger.shared.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A price that applies from a minimum quantity (in base units), optionally only to one customer grade and only
 * within a validity period (a season or a promotion); the label names it for people ("spring promotion").
 */
public record PriceTier(
        String label,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal minQuantity,
        CustomerGrade grade,
        LocalDate validFrom,
        LocalDate validTo,
        Money unitPrice) {

    public PriceTier {
        minQuantity = minQuantity == null ? BigDecimal.ZERO : minQuantity;
        if (minQuantity.signum() < 0) {
            throw new IllegalArgumentException("a price tier's minimum quantity cannot be negative");
        }
        Objects.requireNonNull(unitPrice, "a price tier needs a unit price");
        if (!unitPrice.isPositive()) {
            throw new IllegalArgumentException("a price tier's unit price must be greater than zero");
        }
        if (validFrom != null && validTo != null && validTo.isBefore(validFrom)) {
            throw new IllegalArgumentException("a price tier cannot end before it starts");
        }
    }

    /** Whether this tier prices the given grade, quantity in base units, and date. */
    public boolean appliesTo(CustomerGrade customerGrade, BigDecimal baseQuantity, LocalDate date) {
        return (grade == null || grade == customerGrade)
                && minQuantity.compareTo(baseQuantity) <= 0
                && (validFrom == null || !date.isBefore(validFrom))
                && (validTo == null || !date.isAfter(validTo));
    }

    /** Two tiers overlap when they would compete for the same grade, minimum quantity and day. */
    public boolean overlaps(PriceTier other) {
        return grade == other.grade
                && minQuantity.compareTo(other.minQuantity) == 0
                && (validTo == null || other.validFrom == null || !validTo.isBefore(other.validFrom))
                && (other.validTo == null || validFrom == null || !other.validTo.isBefore(validFrom));
    }
}
