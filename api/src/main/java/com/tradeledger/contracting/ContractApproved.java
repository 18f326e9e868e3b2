package com.tradeledger.contracting;

import com.tradeledger.shared.ContractId;
import com.tradeledger.shared.Username;
import org.axonframework.serialization.Revision;

/** A manager other than the submitter approved the contract. */
@Revision("1")
public record ContractApproved(ContractId contractId, Username approvedBy, String note) {}
