package com.tradeledger.billing;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.tradeledger.customers.CustomerId;
import com.tradeledger.shared.Money;
import com.tradeledger.shared.Username;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A payment received from a customer (回款): the amount, bank reference and date, its rate to the functional
 * currency and the functional amount, who recorded it, how it was allocated to invoices, and the credit left over
 * for the customer (zero when none); {@code version} is the sequence number of its last event.
 */
public record PaymentView(
        PaymentId id,
        CustomerId customerId,
        Money amount,
        String bankReference,
        LocalDate receivedOn,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal rateToFunctional,
        Money functionalAmount,
        Username recordedBy,
        List<PaymentAllocationView> allocations,
        Money creditLeft,
        long version,
        Instant recordedAt,
        Instant changedAt) {}
