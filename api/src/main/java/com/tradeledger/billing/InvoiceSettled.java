package com.tradeledger.billing;

import com.tradeledger.shared.ContractId;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** Nothing is owed on the invoice any more. */
@Revision("1")
public record InvoiceSettled(InvoiceId invoiceId, ContractId contractId, LocalDate settledOn) {}
