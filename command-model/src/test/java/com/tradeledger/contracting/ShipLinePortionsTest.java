package com.tradeledger.contracting;

import static com.tradeledger.contracting.Contracts.BRACKET;
import static com.tradeledger.contracting.Contracts.BRACKET_SKU;
import static com.tradeledger.contracting.Contracts.CONTRACT;
import static com.tradeledger.contracting.Contracts.PCS;
import static com.tradeledger.contracting.Contracts.SHIPMENT;
import static com.tradeledger.contracting.Contracts.aContractSignedFor;
import static com.tradeledger.contracting.Contracts.shipmentRecorded;
import static com.tradeledger.contracting.Contracts.shippedQuantity;
import static com.tradeledger.contracting.Contracts.usd;
import static org.assertj.core.api.Assertions.assertThat;

import com.tradeledger.EventSourcedAggregates;
import com.tradeledger.shared.Money;
import com.tradeledger.shared.Percentage;
import com.tradeledger.shared.UnitOfMeasure;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.modelling.command.Repository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What each part of a contract line is as it ships, as the contract keeps it from its own record of shipments: each
 * part's total is the rounded value of all shipped so far less the earlier parts, and the part that ships the last of
 * a line takes what is left of its base quantity, so that the parts add up to the line. Line 1 is 3 BRACKETs at a net USD 5.735 (USD 17.20, while one unit rounds to USD 5.74); line 2 is
 * 10 BRACKETs counted in dozens (a twelfth of a dozen each), whose base quantity a pro-rata share cannot divide
 * exactly.
 */
class ShipLinePortionsTest {

    private static final UnitOfMeasure DOZ = UnitOfMeasure.of("DOZ");
    private static final BigDecimal TEN_IN_DOZENS = new BigDecimal("0.83333333333333333330");
    private static final ContractLine ODD_CENTS = line(1, "3", "5.735", new BigDecimal("3"), PCS);
    private static final ContractLine DOZENS = line(2, "10", "2.00", TEN_IN_DOZENS, DOZ);
    private static final ContractLine CHEAP = line(3, "200", "0.015", new BigDecimal("200"), PCS);

    private final EventSourcedAggregates aggregates = new EventSourcedAggregates();
    private final Repository<Contract> contracts = aggregates.repositoryOf(Contract.class);

    @BeforeEach
    void theContractIsSigned() {
        aggregates.given(
                Contract.class,
                CONTRACT,
                aContractSignedFor(ODD_CENTS, DOZENS, CHEAP).toArray());
    }

    @Test
    void prices_a_part_that_leaves_some_of_the_line_open_at_the_net_unit_price_rounded() {
        LinePortion portion = portion(1, "1");

        assertThat(portion.total()).isEqualTo(usd("5.74"));
        assertThat(portion.baseQuantity()).isEqualByComparingTo("1");
    }

    @Test
    void a_later_part_comes_to_the_rounded_value_of_all_shipped_so_far_less_the_earlier_parts() {
        aggregates.given(
                Contract.class,
                CONTRACT,
                shipmentRecorded(false, shippedQuantity(1, "1")),
                shipmentRecorded(false, shippedQuantity(1, "1")));

        // 3 × 5.735 = 17.205 rounds to 17.20; 2 × 5.735 = 11.47.
        assertThat(portion(1, "1").total()).isEqualTo(usd("5.73"));
    }

    @Test
    void many_shipments_of_a_cheap_unit_never_go_negative_and_add_up() {
        // 1.5 cents a unit: rounding each unit alone would bill 2 cents a time and overshoot the line's 3.00.
        Money sum = usd("0");
        for (int unit = 0; unit < 200; unit++) {
            Money total = portion(3, "1").total();
            assertThat(total.isNegative()).as("unit %d", unit).isFalse();
            sum = sum.plus(total);
            record(shippedQuantity(3, "1"));
        }
        assertThat(sum).isEqualTo(usd("3.00"));
        assertThat(CHEAP.total()).isEqualTo(usd("3.00"));
    }

    @Test
    void three_shipments_of_one_unit_add_up_to_the_contract_lines_total() {
        List<Money> totals = new ArrayList<>();
        for (int shipment = 0; shipment < 3; shipment++) {
            totals.add(portion(1, "1").total());
            record(shippedQuantity(1, "1"));
        }

        assertThat(totals).containsExactly(usd("5.74"), usd("5.73"), usd("5.73"));
        assertThat(totals.stream().reduce(Money::plus)).contains(usd("17.20"));
        assertThat(ODD_CENTS.total()).isEqualTo(usd("17.20"));
    }

    @Test
    void the_parts_of_a_line_add_up_to_its_base_quantity_exactly() {
        BigDecimal issued = BigDecimal.ZERO;
        for (String quantity : List.of("3", "3", "4")) {
            issued = issued.add(portion(2, quantity).baseQuantity());
            record(shippedQuantity(2, quantity));
        }

        assertThat(issued).isEqualByComparingTo(TEN_IN_DOZENS);
    }

    @Test
    void the_part_that_ships_the_last_of_a_line_takes_what_is_left_of_its_base_quantity() {
        aggregates.given(
                Contract.class,
                CONTRACT,
                shipmentRecorded(false, shippedQuantity(2, "3")),
                shipmentRecorded(false, shippedQuantity(2, "3")));

        assertThat(portion(2, "3").baseQuantity()).isEqualByComparingTo("0.2500000000000000");
        assertThat(portion(2, "4").baseQuantity()).isEqualByComparingTo("0.33333333333333333330");
        assertThat(portion(2, "4").total()).isEqualTo(usd("8.00"));
    }

    @Test
    void a_whole_line_shipped_at_once_is_the_line_itself() {
        LinePortion portion = portion(2, "10");

        assertThat(portion.baseQuantity()).isEqualByComparingTo(TEN_IN_DOZENS);
        assertThat(portion.total()).isEqualTo(DOZENS.total());
    }

    private LinePortion portion(int lineNumber, String quantity) {
        return aggregates.inUnitOfWork(() -> contracts
                .load(CONTRACT.toString())
                .invoke(Contract::shippable)
                .portion(lineNumber, new BigDecimal(quantity)));
    }

    private void record(ShippedQuantity quantity) {
        aggregates.inUnitOfWork(() -> {
            contracts
                    .load(CONTRACT.toString())
                    .execute(contract -> contract.recordShipment(SHIPMENT, List.of(quantity)));
            return null;
        });
    }

    private static ContractLine line(
            int lineNumber, String quantity, String unitPrice, BigDecimal baseQuantity, UnitOfMeasure baseUnit) {
        return new ContractLine(
                lineNumber,
                BRACKET,
                BRACKET_SKU,
                new BigDecimal(quantity),
                PCS,
                usd(unitPrice),
                Percentage.ZERO,
                false,
                baseQuantity,
                baseUnit,
                null);
    }
}
