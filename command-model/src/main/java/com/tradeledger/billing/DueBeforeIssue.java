package com.tradeledger.billing;

import com.tradeledger.shared.BusinessRuleViolation;
import java.time.LocalDate;

/** An invoice falls due on or after the day it is issued, never before. */
public final class DueBeforeIssue extends BusinessRuleViolation {

    DueBeforeIssue(InvoiceId invoiceId, LocalDate issuedOn, LocalDate dueOn) {
        super("due-before-issue", "invoice " + invoiceId + " issued on " + issuedOn + " cannot fall due on " + dueOn);
    }
}
