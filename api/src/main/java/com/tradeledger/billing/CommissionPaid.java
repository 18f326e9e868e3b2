package com.tradeledger.billing;

import com.tradeledger.contracting.AgentCode;
import com.tradeledger.shared.ContractId;
import com.tradeledger.shared.Money;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** The commission accrued (less clawbacks) and not yet paid on the invoice was paid to the agent. */
@Revision("1")
public record CommissionPaid(
        InvoiceId invoiceId,
        ContractId contractId,
        AgentCode agent,
        Money amount,
        String reference,
        LocalDate paidOn) {}
