package com.tradeledger.shipping;

import com.tradeledger.contracting.BalanceTerms;
import com.tradeledger.contracting.ContractConcluded;
import com.tradeledger.contracting.ContractLine;
import com.tradeledger.contracting.ContractSigned;
import com.tradeledger.contracting.ContractStatus;
import com.tradeledger.contracting.PaymentTerms;
import com.tradeledger.contracting.ShippableContract;
import com.tradeledger.contracting.ShippedQuantity;
import com.tradeledger.customers.CustomerId;
import com.tradeledger.products.ProductId;
import com.tradeledger.products.Sku;
import com.tradeledger.quoting.DeliveryTerms;
import com.tradeledger.quoting.Incoterm;
import com.tradeledger.quoting.QuoteId;
import com.tradeledger.shared.ContractId;
import com.tradeledger.shared.Money;
import com.tradeledger.shared.Percentage;
import com.tradeledger.shared.ShipmentId;
import com.tradeledger.shared.UnitOfMeasure;
import com.tradeledger.shared.Username;
import com.tradeledger.stock.WarehouseCode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;

/**
 * Shipments for tests: SHIPMENT, planned by alice from warehouse NGB-1 against CONTRACT, which ACME signed for line
 * 1, 100 BRACKETs at USD 12.00, and line 2, 10 cartons of twelve at USD 132.00 less 5 %; the shipment carries 40
 * pieces of line 1 (USD 480.00) and 3 cartons of line 2 (USD 376.20). Every value is fixed so that a failing test
 * prints the same thing every time.
 */
final class Shipments {

    static final ShipmentId SHIPMENT = ShipmentId.of("0e000000-0000-4000-8000-000000000001");
    static final ContractId CONTRACT = ContractId.of("0c000000-0000-4000-8000-000000000001");
    static final CustomerId ACME = CustomerId.of("0a000000-0000-4000-8000-000000000001");
    static final Username ALICE = Username.of("alice");
    static final ProductId BRACKET = ProductId.of("0b000000-0000-4000-8000-000000000001");
    static final Sku BRACKET_SKU = Sku.of("BRK-200");
    static final UnitOfMeasure PCS = UnitOfMeasure.of("PCS");
    static final UnitOfMeasure CTN = UnitOfMeasure.of("CTN");
    static final WarehouseCode WAREHOUSE = WarehouseCode.of("NGB-1");
    static final LocalDate SHIPPED_ON = LocalDate.of(2026, 7, 20);

    private Shipments() {}

    static Money usd(String amount) {
        return Money.of(amount, "USD");
    }

    static List<ContractLine> contractLines() {
        LocalDate delivery = LocalDate.of(2026, 8, 1);
        return List.of(
                new ContractLine(
                        1,
                        BRACKET,
                        BRACKET_SKU,
                        new BigDecimal("100"),
                        PCS,
                        usd("12.00"),
                        Percentage.ZERO,
                        false,
                        new BigDecimal("100"),
                        PCS,
                        delivery),
                new ContractLine(
                        2,
                        BRACKET,
                        BRACKET_SKU,
                        BigDecimal.TEN,
                        CTN,
                        usd("132.00"),
                        Percentage.of("5"),
                        false,
                        new BigDecimal("120"),
                        PCS,
                        delivery));
    }

    /** CONTRACT as shipping sees it, in that status, with these quantities already shipped. */
    static ShippableContract contract(ContractStatus status, ShippedQuantity... shippedSoFar) {
        return ShippableContract.of(CONTRACT, ACME, status, contractLines(), List.of(shippedSoFar));
    }

    /** CONTRACT's own history up to its signature. */
    static Object[] signedContractHistory() {
        return signedContractHistory(contractLines());
    }

    /** CONTRACT's own history up to its signature, had it sold these lines. */
    static Object[] signedContractHistory(List<ContractLine> contractLines) {
        Money total = contractLines.stream()
                .map(ContractLine::total)
                .reduce(Money::plus)
                .orElseThrow();
        return new Object[] {
            new ContractConcluded(
                    CONTRACT,
                    QuoteId.of("0d000000-0000-4000-8000-000000000001"),
                    1,
                    ACME,
                    ALICE,
                    total.currency(),
                    new DeliveryTerms(Incoterm.FOB, "Ningbo"),
                    contractLines,
                    total,
                    ALICE,
                    LocalDate.of(2026, 6, 12)),
            new ContractSigned(
                    CONTRACT,
                    ACME,
                    ALICE,
                    total.currency(),
                    contractLines,
                    total,
                    new PaymentTerms(Percentage.ZERO, 0, BalanceTerms.AFTER_SHIPMENT, 30),
                    null,
                    usd("0.00"),
                    null,
                    ALICE,
                    LocalDate.of(2026, 6, 20))
        };
    }

    static FixtureConfiguration<Shipment> fixtureWith(ShippableContracts contracts, FakeStockKeeping stock) {
        FixtureConfiguration<Shipment> fixture = new AggregateTestFixture<>(Shipment.class);
        fixture.registerInjectableResource(contracts);
        fixture.registerInjectableResource(stock);
        return fixture;
    }

    static ShipmentRequestLine request(int contractLine, String quantity) {
        return new ShipmentRequestLine(contractLine, quantity == null ? null : new BigDecimal(quantity));
    }

    static PlanShipment plan(ShipmentRequestLine... lines) {
        return new PlanShipment(SHIPMENT, CONTRACT, WAREHOUSE, List.of(lines), ALICE);
    }

    static List<ShipmentLine> plannedLines() {
        return List.of(
                new ShipmentLine(
                        1,
                        BRACKET,
                        BRACKET_SKU,
                        new BigDecimal("40"),
                        PCS,
                        new BigDecimal("40"),
                        PCS,
                        usd("12.00"),
                        usd("480.00")),
                new ShipmentLine(
                        2,
                        BRACKET,
                        BRACKET_SKU,
                        new BigDecimal("3"),
                        CTN,
                        new BigDecimal("36"),
                        PCS,
                        usd("125.40"),
                        usd("376.20")));
    }

    static ShipmentPlanned planned() {
        return new ShipmentPlanned(SHIPMENT, CONTRACT, ACME, WAREHOUSE, plannedLines(), ALICE);
    }

    static ShipmentShipped shipped() {
        return new ShipmentShipped(
                SHIPMENT, CONTRACT, ACME, WAREHOUSE, plannedLines(), usd("856.20"), ALICE, SHIPPED_ON);
    }

    static ShipShipment ship() {
        return new ShipShipment(SHIPMENT, ALICE, SHIPPED_ON, null);
    }
}
