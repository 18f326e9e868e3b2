package com.tradeledger.payables;

import com.tradeledger.shared.BusinessRuleViolation;
import java.time.LocalDate;

/** A supplier bill falls due on or after the day it is dated, never before. */
public final class DueBeforeBilled extends BusinessRuleViolation {

    DueBeforeBilled(SupplierBillId billId, LocalDate billedOn, LocalDate dueOn) {
        super("due-before-billed", "supplier bill " + billId + " dated " + billedOn + " cannot fall due on " + dueOn);
    }
}
