package com.tradeledger.contracting;

import com.tradeledger.shared.ContractId;
import com.tradeledger.shared.Username;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Cancel a contract before anything was shipped against it; its stock reservations are released. */
public record CancelContract(
        @TargetAggregateIdentifier ContractId contractId,
        Username cancelledBy,
        String reason,
        LocalDate cancelledOn,
        @TargetAggregateVersion Long expectedVersion) {}
