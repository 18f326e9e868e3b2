package com.tradeledger.billing;

import com.tradeledger.customers.CustomerId;
import com.tradeledger.shared.Money;
import com.tradeledger.shared.Username;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Record a payment received from a customer, with its rate to the functional currency, and allocate it to invoices:
 * as listed, or (no allocations given) to the customer's open invoices in the payment's currency, oldest due first.
 * What is left over becomes the customer's credit.
 */
public record RecordPayment(
        @TargetAggregateIdentifier PaymentId paymentId,
        CustomerId customerId,
        Money amount,
        String bankReference,
        LocalDate receivedOn,
        Currency functionalCurrency,
        BigDecimal rateToFunctional,
        List<PaymentAllocation> allocations,
        Username recordedBy) {}
