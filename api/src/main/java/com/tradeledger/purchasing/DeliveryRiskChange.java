package com.tradeledger.purchasing;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One event in a delivery risk's history: it was raised (or raised again) with the promise and the days late, or
 * cleared by a promise in time ({@code daysLate} zero); {@code at} is when the event was recorded.
 */
public record DeliveryRiskChange(DeliveryRiskStatus status, LocalDate promisedDate, int daysLate, Instant at) {}
