package com.tradeledger.purchasing;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.tradeledger.products.ProductId;
import com.tradeledger.shared.ContractId;
import com.tradeledger.shared.UnitOfMeasure;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/**
 * A requisition was raised for a contract line: {@code quantity} of {@code productId} in its base unit, needed by
 * {@code dateNeeded}; for a material, {@code forProduct} is the contract line's product it goes into.
 */
@Revision("1")
public record RequisitionRaised(
        RequisitionId requisitionId,
        ContractId contractId,
        int contractLine,
        ProductId productId,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal quantity,
        UnitOfMeasure baseUnit,
        LocalDate dateNeeded,
        RequisitionKind kind,
        ProductId forProduct) {}
