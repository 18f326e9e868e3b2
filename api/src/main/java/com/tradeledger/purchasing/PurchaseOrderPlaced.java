package com.tradeledger.purchasing;

import com.tradeledger.shared.Money;
import com.tradeledger.shared.PurchaseOrderId;
import com.tradeledger.shared.SupplierId;
import com.tradeledger.shared.Username;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import org.axonframework.serialization.Revision;

/**
 * A purchase order was placed with a supplier. Revision 2: each line carries the unit conversion it was placed at
 * ({@link PurchaseOrderLine#baseUnitsPerUnit()}).
 */
@Revision("2")
public record PurchaseOrderPlaced(
        PurchaseOrderId purchaseOrderId,
        SupplierId supplierId,
        Currency currency,
        List<PurchaseOrderLine> lines,
        Money total,
        Username placedBy,
        LocalDate placedOn) {}
