package com.tradeledger.purchasing;

import com.tradeledger.shared.PurchaseOrderId;
import com.tradeledger.shared.SupplierId;
import com.tradeledger.shared.Username;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Place a purchase order with a supplier in its currency. */
public record PlacePurchaseOrder(
        @TargetAggregateIdentifier PurchaseOrderId purchaseOrderId,
        SupplierId supplierId,
        Currency currency,
        List<OrderLineRequest> lines,
        Username placedBy,
        LocalDate placedOn) {}
