package com.tradeledger.payables;

import com.tradeledger.shared.Money;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The supplier bills a payment settles, acted on within the payment's own unit of work so that the payment and the
 * bills it settles are recorded together or not at all.
 */
public interface SupplierBills {

    /** Where the bill stands now; empty when no such bill was recorded. */
    Optional<SupplierBillBalance> find(SupplierBillId billId);

    /**
     * Settles {@code amount} of the bill (in its currency) with the payment made on {@code paidOn}.
     *
     * @throws com.tradeledger.shared.BusinessRuleViolation when the bill is not payable or owes less than that
     */
    void applyPayment(SupplierBillId billId, SupplierPaymentId paymentId, Money amount, LocalDate paidOn);
}
