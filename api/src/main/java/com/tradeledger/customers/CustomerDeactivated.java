package com.tradeledger.customers;

import org.axonframework.serialization.Revision;

/** A customer was closed for new business, for the reason given. */
@Revision("1")
public record CustomerDeactivated(CustomerId customerId, String reason) {}
