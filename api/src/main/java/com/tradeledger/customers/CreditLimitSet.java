package com.tradeledger.customers;

import com.tradeledger.shared.Money;
import org.axonframework.serialization.Revision;

/** A customer's credit limit was set; the previous limit is kept for the record. */
@Revision("1")
public record CreditLimitSet(CustomerId customerId, Money previousCreditLimit, Money creditLimit) {}
