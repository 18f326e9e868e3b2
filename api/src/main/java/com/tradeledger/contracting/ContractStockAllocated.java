package com.tradeledger.contracting;

import com.tradeledger.shared.ContractId;
import java.util.List;
import org.axonframework.serialization.Revision;

/**
 * On signing, stock was reserved for the contract's lines as far as it was available; what is left to buy is where
 * purchase planning (采购计划) starts.
 */
@Revision("1")
public record ContractStockAllocated(ContractId contractId, List<LineAllocation> lines) {}
