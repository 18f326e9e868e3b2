package com.tradeledger.contracting;

import com.tradeledger.shared.ContractId;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Set (or move) the delivery date of one line of a draft contract. */
public record ScheduleDelivery(
        @TargetAggregateIdentifier ContractId contractId,
        int lineNumber,
        LocalDate deliveryDate,
        @TargetAggregateVersion Long expectedVersion) {}
