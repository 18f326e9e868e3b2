package com.tradeledger.customers;

import com.tradeledger.shared.CountryCode;
import com.tradeledger.shared.Money;
import com.tradeledger.shared.Username;
import java.util.Currency;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Register a new customer under a unique code, owned by one salesperson. */
public record RegisterCustomer(
        @TargetAggregateIdentifier CustomerId customerId,
        CustomerCode code,
        String name,
        CountryCode country,
        Address address,
        List<Contact> contacts,
        CustomerGrade grade,
        Username salesperson,
        Money creditLimit,
        Currency preferredCurrency) {

    public RegisterCustomer {
        contacts = contacts == null ? List.of() : List.copyOf(contacts);
    }
}
