package com.tradeledger.purchasing;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.tradeledger.shared.ContractId;
import com.tradeledger.shared.PurchaseOrderId;
import java.math.BigDecimal;
import org.axonframework.serialization.Revision;

/**
 * The purchase order line covering the requisition was cancelled before it delivered everything: the requisition
 * is open again for {@code stillNeeded} (base unit), to be covered by another order.
 */
@Revision("1")
public record RequisitionReopened(
        RequisitionId requisitionId,
        ContractId contractId,
        PurchaseOrderId purchaseOrderId,
        int purchaseOrderLine,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal stillNeeded,
        String reason) {}
