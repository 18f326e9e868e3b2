package com.tradeledger.billing;

import com.tradeledger.customers.CustomerId;
import com.tradeledger.shared.Money;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** An overdue invoice got a reminder (催款提醒) of this level (1, 2, 3…). */
@Revision("1")
public record DunningReminderIssued(
        InvoiceId invoiceId,
        CustomerId customerId,
        int level,
        int daysOverdue,
        Money outstanding,
        LocalDate remindedOn) {}
