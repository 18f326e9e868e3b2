package com.tradeledger.payables;

import com.tradeledger.shared.Money;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** Part of a supplier payment settled part of a bill; {@code outstandingAfter} is still owed to the supplier. */
@Revision("1")
public record SupplierBillPaid(
        SupplierBillId billId, SupplierPaymentId paymentId, Money amount, Money outstandingAfter, LocalDate paidOn) {}
