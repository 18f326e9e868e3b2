package com.tradeledger.customers;

import com.tradeledger.shared.CountryCode;
import com.tradeledger.shared.Money;
import com.tradeledger.shared.Username;
import java.util.Currency;
import java.util.List;
import org.axonframework.serialization.Revision;

/** A customer was registered under a unique code, owned by the named salesperson. */
@Revision("1")
public record CustomerRegistered(
        CustomerId customerId,
        CustomerCode code,
        String name,
        CountryCode country,
        Address address,
        List<Contact> contacts,
        CustomerGrade grade,
        Username salesperson,
        Money creditLimit,
        Currency preferredCurrency) {}
