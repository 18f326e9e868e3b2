package com.tradeledger.contracting;

import com.tradeledger.shared.ContractId;
import org.axonframework.serialization.Revision;

/** The contract's payment terms were set or replaced. */
@Revision("1")
public record PaymentTermsAgreed(ContractId contractId, PaymentTerms terms) {}
