package com.tradeledger.contracting;

import com.tradeledger.shared.ContractId;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** Every line of the contract was shipped and every invoice paid. */
@Revision("1")
public record ContractCompleted(ContractId contractId, LocalDate completedOn) {}
