package com.tradeledger.quoting;

import com.tradeledger.shared.Percentage;
import java.util.Objects;

/**
 * The company's configured limits on what a salesperson offers alone: a line priced below the product's floor
 * price, or discounted by more than {@code maxDiscountWithoutApproval}, needs a manager's approval.
 */
public record QuotingPolicy(Percentage maxDiscountWithoutApproval) {

    public QuotingPolicy {
        Objects.requireNonNull(maxDiscountWithoutApproval, "the discount limit is required");
    }

    /** Whether the line, as priced, needs a manager's approval before the quote goes out. */
    public boolean needsApproval(QuoteLine line) {
        return line.belowFloor() || line.discount().isAbove(maxDiscountWithoutApproval);
    }
}
