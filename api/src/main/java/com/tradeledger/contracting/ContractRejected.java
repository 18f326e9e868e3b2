package com.tradeledger.contracting;

import com.tradeledger.shared.ContractId;
import com.tradeledger.shared.Username;
import org.axonframework.serialization.Revision;

/** A manager sent the contract back to draft; it may be changed and submitted again. */
@Revision("1")
public record ContractRejected(ContractId contractId, Username rejectedBy, String reason) {}
