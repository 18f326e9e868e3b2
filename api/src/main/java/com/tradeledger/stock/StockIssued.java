package com.tradeledger.stock;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.tradeledger.products.ProductId;
import com.tradeledger.shared.ContractId;
import com.tradeledger.shared.ShipmentId;
import java.math.BigDecimal;
import org.axonframework.serialization.Revision;

/**
 * Stock left a warehouse on a shipment for a contract line; {@code fromReservation} of the quantity was the line's
 * reservation, the rest came from available stock. Quantities are in the product's base unit.
 */
@Revision("1")
public record StockIssued(
        ProductId productId,
        WarehouseCode warehouse,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal quantity,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal fromReservation,
        ContractId contractId,
        int contractLine,
        ShipmentId shipmentId) {}
