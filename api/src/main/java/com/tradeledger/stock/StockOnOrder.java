package com.tradeledger.stock;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.tradeledger.shared.PurchaseOrderId;
import com.tradeledger.shared.SupplierId;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What is still on order of a product on one purchase order line, in the product's base unit (ordered less
 * accepted and cancelled), from which supplier and by what promised date.
 */
public record StockOnOrder(
        PurchaseOrderId purchaseOrderId,
        int lineNumber,
        SupplierId supplierId,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal quantity,
        LocalDate promisedDate) {}
