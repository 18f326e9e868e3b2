package com.tradeledger.purchasing;

import com.tradeledger.shared.PurchaseOrderId;
import java.util.List;
import org.axonframework.serialization.Revision;

/** The supplier confirmed the order; these are the promised dates of its lines now. */
@Revision("1")
public record PurchaseOrderConfirmed(PurchaseOrderId purchaseOrderId, List<PromisedDate> promisedDates) {}
