package com.tradeledger.stock;

import com.tradeledger.shared.ContractId;

/** The contract line that stock is reserved for. */
record ReservedLine(ContractId contractId, int contractLine) {}
