package com.tradeledger.purchasing;

import com.tradeledger.shared.Percentage;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * The company's configured limit on receiving (收货) more than was ordered: a line accepts at most its ordered
 * quantity plus the over-receipt tolerance, 5 % unless configured otherwise.
 */
public record PurchasingPolicy(Percentage overReceiptTolerance) {

    public static final Percentage DEFAULT_OVER_RECEIPT_TOLERANCE = Percentage.of("5");

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public PurchasingPolicy {
        Objects.requireNonNull(overReceiptTolerance, "the over-receipt tolerance is required (none: 0 %)");
    }

    /** The policy with the default over-receipt tolerance of 5 %. */
    public static PurchasingPolicy standard() {
        return new PurchasingPolicy(DEFAULT_OVER_RECEIPT_TOLERANCE);
    }

    /** The most a line of {@code ordered} may accept in all: ordered × (1 + tolerance / 100). */
    public BigDecimal mostAcceptable(BigDecimal ordered) {
        return ordered.add(ordered.multiply(overReceiptTolerance.value()).divide(HUNDRED));
    }
}
