package com.tradeledger.payables;

import com.tradeledger.shared.Money;
import com.tradeledger.shared.SupplierId;
import com.tradeledger.shared.Username;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** A payment went to a supplier; {@code functionalAmount} is it at {@code rateToFunctional}. */
@Revision("1")
public record SupplierPaymentMade(
        SupplierPaymentId paymentId,
        SupplierId supplierId,
        Money amount,
        String bankReference,
        LocalDate paidOn,
        BigDecimal rateToFunctional,
        Money functionalAmount,
        Username recordedBy) {}
