package com.tradeledger.billing;

import com.tradeledger.contracting.AgentCode;
import com.tradeledger.shared.ContractId;
import com.tradeledger.shared.Money;
import com.tradeledger.shared.Percentage;
import org.axonframework.serialization.Revision;

/**
 * A credit note took back commission: rate × the part of the credit note refunded (money collected and given back),
 * never more than was accrued on the invoice.
 */
@Revision("1")
public record CommissionClawedBack(
        InvoiceId invoiceId,
        ContractId contractId,
        DocumentNumber creditNoteNumber,
        AgentCode agent,
        Percentage rate,
        Money credited,
        Money commission) {}
