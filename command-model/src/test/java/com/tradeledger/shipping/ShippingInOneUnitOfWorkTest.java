package com.tradeledger.shipping;

import static com.tradeledger.shipping.Shipments.ACME;
import static com.tradeledger.shipping.Shipments.CONTRACT;
import static com.tradeledger.shipping.Shipments.SHIPMENT;
import static com.tradeledger.shipping.Shipments.planned;
import static com.tradeledger.shipping.Shipments.ship;
import static com.tradeledger.shipping.Shipments.shipped;
import static com.tradeledger.shipping.Shipments.signedContractHistory;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tradeledger.EventSourcedAggregates;
import com.tradeledger.contracting.Contract;
import com.tradeledger.contracting.ContractShipmentRecorded;
import com.tradeledger.contracting.ShipmentExceedsContract;
import com.tradeledger.contracting.ShippedQuantity;
import com.tradeledger.shared.ContractId;
import com.tradeledger.shared.ShipmentId;
import com.tradeledger.stock.NotEnoughStock;
import java.math.BigDecimal;
import java.util.List;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Shipping against the contract aggregate itself, through {@link AggregateShippableContracts}: the contract's record
 * and the shipment's events commit together, and a refusal by either, or by stock, leaves both as they were.
 */
class ShippingInOneUnitOfWorkTest {

    private static final ContractShipmentRecorded RECORDED = new ContractShipmentRecorded(
            CONTRACT,
            SHIPMENT,
            List.of(new ShippedQuantity(1, new BigDecimal("40")), new ShippedQuantity(2, new BigDecimal("3"))),
            false);

    private final EventSourcedAggregates aggregates = new EventSourcedAggregates();
    private final ShippableContracts contracts =
            new AggregateShippableContracts(aggregates.repositoryOf(Contract.class));

    @BeforeEach
    void theContractIsSigned() {
        aggregates.given(Contract.class, CONTRACT, signedContractHistory());
    }

    @Test
    void records_the_shipment_on_the_contract_as_it_ships() {
        fixtureWith(new FakeStockKeeping()).given(planned()).when(ship()).expectEvents(shipped());

        assertThat(aggregates.history(CONTRACT)).endsWith(RECORDED);
    }

    @Test
    void appends_nothing_to_the_contract_when_stock_refuses() {
        fixtureWith(new FakeStockKeeping().empty())
                .given(planned())
                .when(ship())
                .expectException(NotEnoughStock.class)
                .expectNoEvents();

        assertThat(aggregates.history(CONTRACT)).hasSize(signedContractHistory().length);
    }

    @Test
    void appends_nothing_anywhere_when_the_contract_refuses() {
        aggregates.given(
                Contract.class,
                CONTRACT,
                new ContractShipmentRecorded(
                        CONTRACT,
                        ShipmentId.of("0e000000-0000-4000-8000-000000000002"),
                        List.of(new ShippedQuantity(1, new BigDecimal("70"))),
                        false));
        FakeStockKeeping stock = new FakeStockKeeping();

        fixtureWith(stock)
                .given(planned())
                .when(ship())
                .expectException(ShipmentExceedsContract.class)
                .expectNoEvents();

        assertThat(aggregates.history(CONTRACT)).hasSize(signedContractHistory().length + 1);
        assertThat(stock.issued()).isEmpty();
    }

    @Test
    void reads_the_contract_as_its_events_leave_it() {
        assertThat(aggregates.inUnitOfWork(() -> contracts.find(CONTRACT)))
                .hasValueSatisfying(
                        contract -> assertThat(contract.customerId()).isEqualTo(ACME));
    }

    @Test
    void knows_no_contract_never_concluded() {
        ContractId stranger = ContractId.of("0c000000-0000-4000-8000-0000000000ff");

        assertThat(aggregates.inUnitOfWork(() -> contracts.find(stranger))).isEmpty();
        assertThatThrownBy(() -> aggregates.inUnitOfWork(() -> {
                    contracts.recordShipment(stranger, SHIPMENT, List.of(new ShippedQuantity(1, BigDecimal.ONE)));
                    return null;
                }))
                .isInstanceOf(UnknownContract.class)
                .hasMessage("contract " + stranger + " is not a contract of the ledger");
    }

    private FixtureConfiguration<Shipment> fixtureWith(FakeStockKeeping stock) {
        return Shipments.fixtureWith(contracts, stock);
    }
}
