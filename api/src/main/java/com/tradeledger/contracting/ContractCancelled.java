package com.tradeledger.contracting;

import com.tradeledger.shared.ContractId;
import com.tradeledger.shared.Username;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** The contract was cancelled before anything was shipped. */
@Revision("1")
public record ContractCancelled(ContractId contractId, Username cancelledBy, String reason, LocalDate cancelledOn) {}
