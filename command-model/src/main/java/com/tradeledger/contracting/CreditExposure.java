package com.tradeledger.contracting;

import com.tradeledger.customers.CustomerId;
import com.tradeledger.shared.Money;
import java.util.Currency;

/** What a customer owes the company now, as the credit check of a contract needs to know. */
public interface CreditExposure {

    /** The customer's invoiced and not yet paid amounts (应收) in {@code currency}; zero when nothing is open. */
    Money openReceivables(CustomerId customerId, Currency currency);
}
