package com.tradeledger.payables;

import com.tradeledger.shared.Money;
import com.tradeledger.shared.SupplierId;
import com.tradeledger.shared.Username;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record a payment made to a supplier, with its rate to the functional currency, allocated to its bills. */
public record RecordSupplierPayment(
        @TargetAggregateIdentifier SupplierPaymentId paymentId,
        SupplierId supplierId,
        Money amount,
        String bankReference,
        LocalDate paidOn,
        Currency functionalCurrency,
        BigDecimal rateToFunctional,
        List<SupplierPaymentAllocation> allocations,
        Username recordedBy) {}
