package com.tradeledger.billing;

import com.tradeledger.contracting.AgentCode;
import com.tradeledger.shared.ContractId;
import com.tradeledger.shared.Money;
import com.tradeledger.shared.Percentage;
import org.axonframework.serialization.Revision;

/** The contract's agent earned commission on money collected against the invoice: rate × collected. */
@Revision("1")
public record CommissionAccrued(
        InvoiceId invoiceId,
        ContractId contractId,
        PaymentId paymentId,
        AgentCode agent,
        Percentage rate,
        Money collected,
        Money commission) {}
