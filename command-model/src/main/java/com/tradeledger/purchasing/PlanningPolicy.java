package com.tradeledger.purchasing;

import java.time.LocalDate;

/**
 * The company's configured purchase planning (采购计划) allowance: goods bought for a contract are needed this many
 * handling days before the contract line's delivery date, to inspect, pack and ship them. The standard is 7 days.
 */
public record PlanningPolicy(int handlingDays) {

    public PlanningPolicy {
        if (handlingDays < 0) {
            throw new IllegalArgumentException("handling days cannot be negative, but were " + handlingDays);
        }
    }

    public static PlanningPolicy standard() {
        return new PlanningPolicy(7);
    }

    /** When what a contract line delivers on {@code deliveryDate} must be in stock. */
    public LocalDate dateNeeded(LocalDate deliveryDate) {
        return deliveryDate.minusDays(handlingDays);
    }
}
