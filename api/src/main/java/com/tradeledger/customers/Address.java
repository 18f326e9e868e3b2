package com.tradeledger.customers;

/** A postal address; the country is held beside it, on the customer. */
public record Address(String street, String city, String postalCode, String region) {}
