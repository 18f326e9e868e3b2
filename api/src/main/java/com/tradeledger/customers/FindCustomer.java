package com.tradeledger.customers;

/** Ask for one customer of the directory; answered with a {@link CustomerView}, or none. */
public record FindCustomer(CustomerId customerId) {}
