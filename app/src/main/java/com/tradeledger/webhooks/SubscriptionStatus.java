package com.tradeledger.webhooks;

/** Whether a subscription is being delivered, or paused after too many failures in a row until it is resumed. */
enum SubscriptionStatus {
    ACTIVE,
    PAUSED
}
