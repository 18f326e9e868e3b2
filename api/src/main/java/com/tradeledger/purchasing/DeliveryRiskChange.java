package com.tradeledger.purchasing;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One event in a delivery risk's history: it was raised (or raised again) with the promise and the days late,
 * cleared by a promise in time ({@code daysLate} zero), or closed for {@code closure} (null for the others) with the
 * promise and days late as they last stood; {@code at} is when the event was recorded.
 */
public record DeliveryRiskChange(
        DeliveryRiskStatus status, DeliveryRiskClosure closure, LocalDate promisedDate, int daysLate, Instant at) {}
