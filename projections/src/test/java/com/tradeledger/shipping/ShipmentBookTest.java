package com.tradeledger.shipping;

import static com.tradeledger.shipping.ShipmentEvents.HAMBURG_IMPORTS;
import static com.tradeledger.shipping.ShipmentEvents.LAMP_CONTRACT;
import static com.tradeledger.shipping.ShipmentEvents.LAMP_SHIPMENT;
import static com.tradeledger.shipping.ShipmentEvents.NINGBO;
import static com.tradeledger.shipping.ShipmentEvents.OTHER_CONTRACT;
import static com.tradeledger.shipping.ShipmentEvents.OTHER_SHIPMENT;
import static com.tradeledger.shipping.ShipmentEvents.PLANNED_AT;
import static com.tradeledger.shipping.ShipmentEvents.SHIPPED_ON;
import static com.tradeledger.shipping.ShipmentEvents.WALTER;
import static com.tradeledger.shipping.ShipmentEvents.cancelled;
import static com.tradeledger.shipping.ShipmentEvents.deskLamps;
import static com.tradeledger.shipping.ShipmentEvents.detailsRecorded;
import static com.tradeledger.shipping.ShipmentEvents.eur;
import static com.tradeledger.shipping.ShipmentEvents.hoursLater;
import static com.tradeledger.shipping.ShipmentEvents.lampShades;
import static com.tradeledger.shipping.ShipmentEvents.lampShipmentPlanned;
import static com.tradeledger.shipping.ShipmentEvents.maerskKobe;
import static com.tradeledger.shipping.ShipmentEvents.planned;
import static com.tradeledger.shipping.ShipmentEvents.shipped;
import static org.assertj.core.api.Assertions.assertThat;

import com.tradeledger.shared.ReadModelDatabase;
import com.tradeledger.shared.ShipmentId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ShipmentBookTest {

    @RegisterExtension
    static final ReadModelDatabase database = new ReadModelDatabase();

    private ShipmentBookProjection projection;
    private ShipmentBookQueries queries;

    @BeforeEach
    void emptyBook() {
        database.clear("shipment_book");
        var book = new ShipmentBook(database.jdbc());
        projection = new ShipmentBookProjection(book);
        queries = new ShipmentBookQueries(book);
    }

    @Test
    void a_planned_shipment_is_in_the_book_with_its_priced_lines_and_their_value() {
        projection.on(lampShipmentPlanned(), 0, PLANNED_AT);

        assertThat(find(LAMP_SHIPMENT))
                .isEqualTo(new ShipmentView(
                        LAMP_SHIPMENT,
                        LAMP_CONTRACT,
                        HAMBURG_IMPORTS,
                        NINGBO,
                        ShipmentStatus.PLANNED,
                        List.of(deskLamps("60")),
                        eur("570.00"),
                        null,
                        WALTER,
                        null,
                        null,
                        null,
                        0,
                        PLANNED_AT,
                        PLANNED_AT));
    }

    @Test
    void recorded_shipping_details_are_shown_and_a_correction_replaces_them_whole() {
        projection.on(lampShipmentPlanned(), 0, PLANNED_AT);
        projection.on(detailsRecorded(LAMP_SHIPMENT, maerskKobe()), 1, hoursLater(1));
        assertThat(find(LAMP_SHIPMENT).details()).isEqualTo(maerskKobe());

        var corrected =
                new ShippingDetails("MSKU7654321", null, "Ningbo", "Hamburg", null, null, null, null, null, null);
        projection.on(detailsRecorded(LAMP_SHIPMENT, corrected), 2, hoursLater(2));

        ShipmentView shipment = find(LAMP_SHIPMENT);
        assertThat(shipment.details()).isEqualTo(corrected);
        assertThat(shipment.version()).isEqualTo(2);
        assertThat(shipment.changedAt()).isEqualTo(hoursLater(2));
    }

    @Test
    void a_shipped_shipment_shows_who_shipped_it_when_with_the_lines_it_left_with() {
        projection.on(lampShipmentPlanned(), 0, PLANNED_AT);
        projection.on(detailsRecorded(LAMP_SHIPMENT, maerskKobe()), 1, hoursLater(1));

        projection.on(shipped(LAMP_SHIPMENT, LAMP_CONTRACT, deskLamps("60"), lampShades("50")), 2, hoursLater(2));

        ShipmentView shipment = find(LAMP_SHIPMENT);
        assertThat(shipment.status()).isEqualTo(ShipmentStatus.SHIPPED);
        assertThat(shipment.shippedBy()).isEqualTo(WALTER);
        assertThat(shipment.shippedOn()).isEqualTo(SHIPPED_ON);
        assertThat(shipment.lines()).containsExactly(deskLamps("60"), lampShades("50"));
        assertThat(shipment.goodsValue()).isEqualTo(eur("730.00"));
        assertThat(shipment.details()).isEqualTo(maerskKobe());
    }

    @Test
    void a_cancelled_shipment_shows_why() {
        projection.on(lampShipmentPlanned(), 0, PLANNED_AT);

        projection.on(cancelled(LAMP_SHIPMENT, LAMP_CONTRACT), 1, hoursLater(1));

        ShipmentView shipment = find(LAMP_SHIPMENT);
        assertThat(shipment.status()).isEqualTo(ShipmentStatus.CANCELLED);
        assertThat(shipment.cancellationReason()).isEqualTo("the vessel was overbooked");
    }

    // The redelivered events differ from the ones applied, so that applying them again would show in the rows.
    @Test
    void events_with_the_sequence_number_the_shipment_already_holds_change_nothing() {
        projection.on(lampShipmentPlanned(), 0, PLANNED_AT);
        projection.on(detailsRecorded(LAMP_SHIPMENT, maerskKobe()), 1, hoursLater(1));
        ShipmentView once = find(LAMP_SHIPMENT);

        projection.on(planned(LAMP_SHIPMENT, OTHER_CONTRACT, lampShades("5")), 0, hoursLater(5));
        projection.on(cancelled(LAMP_SHIPMENT, LAMP_CONTRACT), 1, hoursLater(5));

        assertThat(find(LAMP_SHIPMENT)).isEqualTo(once);
    }

    @Test
    void an_event_older_than_the_shipment_changes_nothing() {
        projection.on(lampShipmentPlanned(), 0, PLANNED_AT);
        projection.on(detailsRecorded(LAMP_SHIPMENT, maerskKobe()), 1, hoursLater(1));
        projection.on(shipped(LAMP_SHIPMENT, LAMP_CONTRACT, deskLamps("60")), 2, hoursLater(2));
        ShipmentView current = find(LAMP_SHIPMENT);

        projection.on(cancelled(LAMP_SHIPMENT, LAMP_CONTRACT), 1, hoursLater(1));

        assertThat(find(LAMP_SHIPMENT)).isEqualTo(current);
    }

    @Test
    void a_reset_empties_the_book_for_a_rebuild() {
        projection.on(lampShipmentPlanned(), 0, PLANNED_AT);

        projection.reset();

        assertThat(queries.handle(new FindShipment(LAMP_SHIPMENT))).isEmpty();
        assertThat(queries.handle(new ListShipments(null, null, 0, 20)).total()).isZero();
    }

    @Test
    void replaying_every_event_after_a_reset_gives_the_same_rows() {
        Runnable history = () -> {
            projection.on(lampShipmentPlanned(), 0, PLANNED_AT);
            projection.on(detailsRecorded(LAMP_SHIPMENT, maerskKobe()), 1, hoursLater(1));
            projection.on(shipped(LAMP_SHIPMENT, LAMP_CONTRACT, deskLamps("60")), 2, hoursLater(2));
            projection.on(planned(OTHER_SHIPMENT, LAMP_CONTRACT, lampShades("50")), 0, hoursLater(3));
            projection.on(cancelled(OTHER_SHIPMENT, LAMP_CONTRACT), 1, hoursLater(4));
        };
        history.run();
        var live = rows();

        projection.reset();
        history.run();

        assertThat(rows()).isEqualTo(live).hasSize(2);
    }

    @Test
    void an_unknown_shipment_is_not_found() {
        projection.on(lampShipmentPlanned(), 0, PLANNED_AT);

        assertThat(queries.handle(new FindShipment(OTHER_SHIPMENT))).isEmpty();
    }

    @Test
    void lists_shipments_newest_first_as_summaries_with_the_total_that_matched() {
        planFourShipments();
        projection.on(shipped(shipment(2), LAMP_CONTRACT, deskLamps("10")), 1, hoursLater(30));

        ShipmentPage page = queries.handle(new ListShipments(null, null, 0, 20));

        assertThat(page.items())
                .extracting(ShipmentSummary::id)
                .containsExactly(shipment(4), shipment(3), shipment(2), shipment(1));
        assertThat(page.total()).isEqualTo(4);
        assertThat(page.items().get(2))
                .isEqualTo(new ShipmentSummary(
                        shipment(2),
                        LAMP_CONTRACT,
                        HAMBURG_IMPORTS,
                        NINGBO,
                        ShipmentStatus.SHIPPED,
                        eur("95.00"),
                        SHIPPED_ON,
                        hoursLater(30)));
    }

    @Test
    void lists_the_shipments_of_one_contract_or_in_one_status_and_pages_through_them() {
        planFourShipments();
        projection.on(cancelled(shipment(3), OTHER_CONTRACT), 1, hoursLater(30));

        assertThat(idsOf(new ListShipments(OTHER_CONTRACT, null, 0, 20))).containsExactly(shipment(4), shipment(3));
        assertThat(idsOf(new ListShipments(null, ShipmentStatus.PLANNED, 0, 20)))
                .containsExactly(shipment(4), shipment(2), shipment(1));
        assertThat(idsOf(new ListShipments(OTHER_CONTRACT, ShipmentStatus.CANCELLED, 0, 20)))
                .containsExactly(shipment(3));
        ShipmentPage second = queries.handle(new ListShipments(null, null, 1, 3));
        assertThat(second.items()).extracting(ShipmentSummary::id).containsExactly(shipment(1));
        assertThat(second.total()).isEqualTo(4);
    }

    /** Shipments 1 to 4, planned an hour apart: 1 and 2 of the lamp contract, 3 and 4 of the other. */
    private void planFourShipments() {
        projection.on(planned(shipment(1), LAMP_CONTRACT, deskLamps("10")), 0, hoursLater(1));
        projection.on(planned(shipment(2), LAMP_CONTRACT, deskLamps("10")), 0, hoursLater(2));
        projection.on(planned(shipment(3), OTHER_CONTRACT, lampShades("10")), 0, hoursLater(3));
        projection.on(planned(shipment(4), OTHER_CONTRACT, lampShades("10")), 0, hoursLater(4));
    }

    private static ShipmentId shipment(int number) {
        return ShipmentId.of("5b1d0c9e-0000-4000-8000-0000000001%02d".formatted(number));
    }

    private ShipmentView find(ShipmentId id) {
        return queries.handle(new FindShipment(id)).orElseThrow();
    }

    private List<ShipmentId> idsOf(ListShipments query) {
        return queries.handle(query).items().stream().map(ShipmentSummary::id).toList();
    }

    private List<Map<String, Object>> rows() {
        return database.jdbc()
                .sql("select * from shipment_book order by shipment_id")
                .query()
                .listOfRows();
    }
}
