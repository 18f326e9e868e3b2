package com.tradeledger.shipping;

import com.tradeledger.customers.CustomerId;
import com.tradeledger.products.ProductId;
import com.tradeledger.products.Sku;
import com.tradeledger.shared.ContractId;
import com.tradeledger.shared.Money;
import com.tradeledger.shared.ShipmentId;
import com.tradeledger.shared.UnitOfMeasure;
import com.tradeledger.shared.Username;
import com.tradeledger.stock.WarehouseCode;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Shipment events as the command model records them, with meaningful, fixed defaults. */
final class ShipmentEvents {

    static final ShipmentId LAMP_SHIPMENT = ShipmentId.of("5b1d0c9e-0000-4000-8000-000000000001");
    static final ShipmentId OTHER_SHIPMENT = ShipmentId.of("5b1d0c9e-0000-4000-8000-000000000002");
    static final ContractId LAMP_CONTRACT = ContractId.of("c0a7e1d2-0000-4000-8000-000000000001");
    static final ContractId OTHER_CONTRACT = ContractId.of("c0a7e1d2-0000-4000-8000-000000000002");
    static final CustomerId HAMBURG_IMPORTS = CustomerId.of("0b5a1c52-0000-4000-8000-000000000001");
    static final WarehouseCode NINGBO = WarehouseCode.of("NINGBO-1");
    static final Username WALTER = Username.of("walter.warehouse");
    static final UnitOfMeasure PCS = UnitOfMeasure.of("PCS");
    static final LocalDate SHIPPED_ON = LocalDate.of(2025, 5, 20);
    static final Instant PLANNED_AT = Instant.parse("2025-05-12T09:00:00Z");

    private ShipmentEvents() {}

    /** 60 of the lamp contract's 100 desk lamps from Ningbo, planned by Walter. */
    static ShipmentPlanned lampShipmentPlanned() {
        return planned(LAMP_SHIPMENT, LAMP_CONTRACT, deskLamps("60"));
    }

    static ShipmentPlanned planned(ShipmentId id, ContractId contract, ShipmentLine... lines) {
        return new ShipmentPlanned(id, contract, HAMBURG_IMPORTS, NINGBO, List.of(lines), WALTER);
    }

    static Instant hoursLater(int hours) {
        return PLANNED_AT.plusSeconds(hours * 3600L);
    }

    /** Desk lamps of contract line 1 at the net 9.50. */
    static ShipmentLine deskLamps(String quantity) {
        BigDecimal pieces = new BigDecimal(quantity);
        return new ShipmentLine(
                1,
                ProductId.of("7d1e0f3a-0000-4000-8000-000000000001"),
                Sku.of("LAMP-DESK-01"),
                pieces,
                PCS,
                pieces,
                PCS,
                eur("9.50"),
                eur("9.50").times(pieces).rounded());
    }

    /** Lamp shades of contract line 2 at 3.20. */
    static ShipmentLine lampShades(String quantity) {
        BigDecimal pieces = new BigDecimal(quantity);
        return new ShipmentLine(
                2,
                ProductId.of("7d1e0f3a-0000-4000-8000-000000000002"),
                Sku.of("SHADE-STEEL-01"),
                pieces,
                PCS,
                pieces,
                PCS,
                eur("3.20"),
                eur("3.20").times(pieces).rounded());
    }

    /** Bill of lading MSKU1234567 on the Maersk Kobe, Ningbo to Hamburg, with freight and insurance. */
    static ShippingDetails maerskKobe() {
        return new ShippingDetails(
                "MSKU1234567",
                "MAERSK KOBE 512W",
                "Ningbo",
                "Hamburg",
                LocalDate.of(2025, 5, 20),
                LocalDate.of(2025, 6, 25),
                eur("850.00"),
                "CD-2025-0001",
                "PICC-778899",
                eur("700.00"));
    }

    static ShippingDetailsRecorded detailsRecorded(ShipmentId id, ShippingDetails details) {
        return new ShippingDetailsRecorded(id, details);
    }

    static ShipmentShipped shipped(ShipmentId id, ContractId contract, ShipmentLine... lines) {
        Money value = List.of(lines).stream()
                .map(ShipmentLine::total)
                .reduce(Money::plus)
                .orElseThrow();
        return new ShipmentShipped(id, contract, HAMBURG_IMPORTS, NINGBO, List.of(lines), value, WALTER, SHIPPED_ON);
    }

    static ShipmentCancelled cancelled(ShipmentId id, ContractId contract) {
        return new ShipmentCancelled(id, contract, "the vessel was overbooked");
    }

    static Money eur(String amount) {
        return Money.of(amount, "EUR");
    }
}
