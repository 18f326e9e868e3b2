package com.tradeledger.stock;

import com.tradeledger.products.ProductId;
import com.tradeledger.shared.ContractId;
import com.tradeledger.shared.ShipmentId;
import com.tradeledger.shared.UnitOfMeasure;
import com.tradeledger.shared.Username;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Stock events as the command model records them, with fixed defaults: desk lamps counted in pieces in the
 * Ningbo (NGB-1) and Shanghai (SHA-2) warehouses at the half-year stocktake by Dora, reserved and shipped for the
 * Hamburg contract, and competing reservations of the Lyon contract.
 */
final class StockEvents {

    static final ProductId DESK_LAMP = ProductId.of("7d1e0f3a-0000-4000-8000-000000000001");
    static final ProductId LAMP_SHADE = ProductId.of("7d1e0f3a-0000-4000-8000-000000000002");
    static final UnitOfMeasure PCS = UnitOfMeasure.of("PCS");
    static final WarehouseCode NINGBO = WarehouseCode.of("NGB-1");
    static final WarehouseCode SHANGHAI = WarehouseCode.of("SHA-2");
    static final ContractId HAMBURG = ContractId.of("4c0e1d2a-0000-4000-8000-000000000001");
    static final ContractId LYON = ContractId.of("4c0e1d2a-0000-4000-8000-000000000002");
    static final ShipmentId FIRST_SHIPMENT = ShipmentId.of("5e1f2a3b-0000-4000-8000-000000000001");
    static final Username DORA = Username.of("dora");
    static final String STOCKTAKE = "half-year stocktake";
    static final String CANCELLED = "contract cancelled";
    static final Instant COUNTED_AT = Instant.parse("2025-06-30T16:00:00Z");

    private StockEvents() {}

    static BigDecimal qty(String quantity) {
        return new BigDecimal(quantity);
    }

    /** The instant {@code hours} after the first count: events of one stock come in this order. */
    static Instant hoursLater(int hours) {
        return COUNTED_AT.plusSeconds(hours * 3600L);
    }

    static StockCounted counted(WarehouseCode warehouse, String counted, String difference) {
        return counted(DESK_LAMP, warehouse, counted, difference);
    }

    static StockCounted counted(ProductId product, WarehouseCode warehouse, String counted, String difference) {
        return new StockCounted(
                product, warehouse, PCS, qty(counted), qty(difference), STOCKTAKE, DORA, LocalDate.of(2025, 6, 30));
    }

    static StockReserved reserved(ContractId contract, int line, String quantity) {
        return new StockReserved(DESK_LAMP, contract, line, qty(quantity));
    }

    static StockReservationReleased released(ContractId contract, int line, String quantity) {
        return new StockReservationReleased(DESK_LAMP, contract, line, qty(quantity), CANCELLED);
    }

    static StockIssued issued(WarehouseCode warehouse, String quantity, String fromReservation) {
        return new StockIssued(DESK_LAMP, warehouse, qty(quantity), qty(fromReservation), HAMBURG, 1, FIRST_SHIPMENT);
    }
}
