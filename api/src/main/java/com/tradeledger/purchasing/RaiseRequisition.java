package com.tradeledger.purchasing;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.tradeledger.products.ProductId;
import com.tradeledger.shared.ContractId;
import com.tradeledger.shared.UnitOfMeasure;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Raise a purchase requisition (采购计划) for a contract line: so much of a product (in its base unit) needed by a
 * date (sent by the purchase planning process).
 */
public record RaiseRequisition(
        @TargetAggregateIdentifier RequisitionId requisitionId,
        ContractId contractId,
        int contractLine,
        ProductId productId,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal quantity,
        UnitOfMeasure baseUnit,
        LocalDate dateNeeded,
        RequisitionKind kind,
        ProductId forProduct) {}
