package com.tradeledger.contracting;

import com.tradeledger.shared.ContractId;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** A contract line's delivery date was set or moved. */
@Revision("1")
public record DeliveryScheduled(ContractId contractId, int lineNumber, LocalDate deliveryDate) {}
