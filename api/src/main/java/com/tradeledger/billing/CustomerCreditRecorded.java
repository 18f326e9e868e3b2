package com.tradeledger.billing;

import com.tradeledger.customers.CustomerId;
import com.tradeledger.shared.Money;
import org.axonframework.serialization.Revision;

/** What a payment left over after its allocations is held as the customer's credit (an overpayment). */
@Revision("1")
public record CustomerCreditRecorded(PaymentId paymentId, CustomerId customerId, Money amount) {}
