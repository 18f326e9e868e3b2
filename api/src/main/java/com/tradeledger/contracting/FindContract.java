package com.tradeledger.contracting;

import com.tradeledger.shared.ContractId;

/** Ask for one contract as it now stands; answered with a {@link ContractView}, or none. */
public record FindContract(ContractId contractId) {}
