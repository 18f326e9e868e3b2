package com.tradeledger.purchasing;

import com.tradeledger.shared.UnitOfMeasure;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Set;

/**
 * How finely a material is bought (物料采购) in its base unit. A unit of measure carries no number of decimals of its
 * own, so the unit's code decides: count units, whose goods come whole (pieces, sets, pairs, dozens, cartons, boxes,
 * pallets and the other packages listed in {@link #COUNT_UNITS}), are bought in whole units; every other unit
 * (weights, lengths, volumes, areas) to at most three decimals. A quantity is always rounded up, so that planning
 * never buys short; one already that fine is left as it is.
 */
final class UnitPrecision {

    private static final int MEASURED_DECIMALS = 3;

    /** Units counted in whole goods or whole packages. */
    private static final Set<String> COUNT_UNITS = Set.of(
            "PCS", "PC", "EA", "UNIT", "SET", "PR", "PAIR", "DOZ", "CTN", "BOX", "CASE", "PLT", "PKG", "PK", "BAG",
            "BDL", "ROL", "ROLL", "LOT", "BTL", "CAN", "DRM", "SHT", "TIN");

    private UnitPrecision() {}

    /** The decimals a quantity in {@code unit} may have: none for a count unit, three for any other. */
    private static int decimalsOf(UnitOfMeasure unit) {
        return COUNT_UNITS.contains(unit.code()) ? 0 : MEASURED_DECIMALS;
    }

    /** {@code quantity} in {@code unit}, rounded up to what the unit allows. */
    static BigDecimal roundedUp(BigDecimal quantity, UnitOfMeasure unit) {
        int decimals = decimalsOf(unit);
        if (quantity.stripTrailingZeros().scale() <= decimals) {
            return quantity;
        }
        return quantity.setScale(decimals, RoundingMode.CEILING);
    }
}
