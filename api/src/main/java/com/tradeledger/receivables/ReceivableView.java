package com.tradeledger.receivables;

import com.tradeledger.billing.DocumentNumber;
import com.tradeledger.billing.InvoiceId;
import com.tradeledger.billing.InvoiceKind;
import com.tradeledger.customers.CustomerCode;
import com.tradeledger.customers.CustomerId;
import com.tradeledger.shared.ContractId;
import com.tradeledger.shared.Money;
import com.tradeledger.shared.Username;
import java.time.LocalDate;

/**
 * One invoice as a receivable (应收) on the day asked: the customer (the survivor, for a merged duplicate's invoice)
 * and the salesperson who now owns it, the contract, what was invoiced, paid, credited and is outstanding, when it
 * was due, how many days overdue it is, its ageing bucket, and the last dunning reminder's level (0 for none).
 */
public record ReceivableView(
        InvoiceId invoiceId,
        DocumentNumber number,
        InvoiceKind kind,
        CustomerId customerId,
        CustomerCode customerCode,
        String customerName,
        Username salesperson,
        ContractId contractId,
        Money amount,
        Money paid,
        Money credited,
        Money outstanding,
        LocalDate issuedOn,
        LocalDate dueOn,
        long daysOverdue,
        AgeingBucket bucket,
        int dunningLevel) {}
