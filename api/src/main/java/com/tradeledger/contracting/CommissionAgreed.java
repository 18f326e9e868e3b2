package com.tradeledger.contracting;

import com.tradeledger.shared.ContractId;
import org.axonframework.serialization.Revision;

/** The contract's commission agent and rate were set or replaced. */
@Revision("1")
public record CommissionAgreed(ContractId contractId, CommissionTerms commission) {}
