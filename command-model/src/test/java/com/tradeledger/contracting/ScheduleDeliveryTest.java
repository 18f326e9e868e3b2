package com.tradeledger.contracting;

import static com.tradeledger.contracting.Contracts.CONCLUDED_ON;
import static com.tradeledger.contracting.Contracts.CONTRACT;
import static com.tradeledger.contracting.Contracts.DELIVERY_DATE;
import static com.tradeledger.contracting.Contracts.aSignedContract;
import static com.tradeledger.contracting.Contracts.concluded;

import com.tradeledger.shared.MissingValue;
import org.junit.jupiter.api.Test;

class ScheduleDeliveryTest {

    private final Contracts.Fixture fixture = Contracts.fixture();

    @Test
    void schedules_a_lines_delivery() {
        fixture.aggregate
                .given(concluded())
                .when(new ScheduleDelivery(CONTRACT, 2, DELIVERY_DATE, null))
                .expectEvents(new DeliveryScheduled(CONTRACT, 2, DELIVERY_DATE));
    }

    @Test
    void schedules_a_delivery_on_the_day_the_contract_was_concluded() {
        fixture.aggregate
                .given(concluded())
                .when(new ScheduleDelivery(CONTRACT, 1, CONCLUDED_ON, null))
                .expectEvents(new DeliveryScheduled(CONTRACT, 1, CONCLUDED_ON));
    }

    @Test
    void moves_a_delivery_scheduled_before() {
        fixture.aggregate
                .given(concluded(), new DeliveryScheduled(CONTRACT, 1, DELIVERY_DATE))
                .when(new ScheduleDelivery(CONTRACT, 1, DELIVERY_DATE.plusWeeks(2), null))
                .expectEvents(new DeliveryScheduled(CONTRACT, 1, DELIVERY_DATE.plusWeeks(2)));
    }

    @Test
    void rejects_a_line_the_contract_does_not_have() {
        fixture.aggregate
                .given(concluded())
                .when(new ScheduleDelivery(CONTRACT, 3, DELIVERY_DATE, null))
                .expectException(UnknownContractLine.class)
                .expectExceptionMessage("contract " + CONTRACT + " has no line 3")
                .expectNoEvents();
    }

    @Test
    void rejects_a_delivery_before_the_contract_was_concluded() {
        fixture.aggregate
                .given(concluded())
                .when(new ScheduleDelivery(CONTRACT, 1, CONCLUDED_ON.minusDays(1), null))
                .expectException(DeliveryBeforeConclusion.class)
                .expectExceptionMessage(
                        "contract " + CONTRACT + " was concluded on 2026-06-12; it cannot deliver on" + " 2026-06-11")
                .expectNoEvents();
    }

    @Test
    void rejects_moving_a_delivery_once_signed() {
        fixture.aggregate
                .given(aSignedContract())
                .when(new ScheduleDelivery(CONTRACT, 1, DELIVERY_DATE.plusDays(1), null))
                .expectException(ContractNotDraft.class)
                .expectNoEvents();
    }

    @Test
    void rejects_a_delivery_without_a_date() {
        fixture.aggregate
                .given(concluded())
                .when(new ScheduleDelivery(CONTRACT, 1, null, null))
                .expectException(MissingValue.class)
                .expectNoEvents();
    }
}
