package com.tradeledger.contracting;

import com.tradeledger.customers.CustomerId;
import com.tradeledger.shared.ContractId;
import com.tradeledger.shared.Money;
import com.tradeledger.shared.Username;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import org.axonframework.serialization.Revision;

/**
 * The contract was signed: every fact the processes that follow need (billing, purchasing) is here, including the
 * customer's open receivables and credit limit as the credit check saw them (null when the customer has no limit).
 */
@Revision("1")
public record ContractSigned(
        ContractId contractId,
        CustomerId customerId,
        Username salesperson,
        Currency currency,
        List<ContractLine> lines,
        Money total,
        PaymentTerms paymentTerms,
        CommissionTerms commission,
        Money openReceivables,
        Money creditLimit,
        Username signedBy,
        LocalDate signedOn) {}
