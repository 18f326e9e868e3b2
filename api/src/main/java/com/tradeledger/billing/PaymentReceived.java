package com.tradeledger.billing;

import com.tradeledger.customers.CustomerId;
import com.tradeledger.shared.Money;
import com.tradeledger.shared.Username;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** A payment came in from a customer; {@code functionalAmount} is it at {@code rateToFunctional}. */
@Revision("1")
public record PaymentReceived(
        PaymentId paymentId,
        CustomerId customerId,
        Money amount,
        String bankReference,
        LocalDate receivedOn,
        BigDecimal rateToFunctional,
        Money functionalAmount,
        Username recordedBy) {}
