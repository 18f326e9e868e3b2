package com.tradeledger.purchasing;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.tradeledger.shared.ContractId;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A requisition a purchase order line covers, with the contract line it serves and the date that line needs it. */
public record CoveredRequisition(
        RequisitionId requisitionId,
        ContractId contractId,
        int contractLine,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal quantity,
        LocalDate dateNeeded) {}
