package com.tradeledger.customers;

import com.tradeledger.shared.CountryCode;
import com.tradeledger.shared.Money;
import com.tradeledger.shared.Username;
import java.time.Instant;
import java.util.Currency;
import java.util.List;

/** A customer as the directory shows it; {@code version} is the sequence number of its last event. */
public record CustomerView(
        CustomerId id,
        CustomerCode code,
        String name,
        CountryCode country,
        Address address,
        List<Contact> contacts,
        CustomerGrade grade,
        Username salesperson,
        Money creditLimit,
        Currency preferredCurrency,
        CustomerStatus status,
        CustomerId mergedInto,
        long version,
        Instant registeredAt,
        Instant changedAt) {}
