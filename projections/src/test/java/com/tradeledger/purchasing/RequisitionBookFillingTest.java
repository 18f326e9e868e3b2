package com.tradeledger.purchasing;

import static com.tradeledger.purchasing.PurchasingEvents.HAMBURG;
import static com.tradeledger.purchasing.PurchasingEvents.LAMPS_FOR_HAMBURG;
import static com.tradeledger.purchasing.PurchasingEvents.LAMP_ORDER;
import static com.tradeledger.purchasing.PurchasingEvents.PLACED_AT;
import static com.tradeledger.purchasing.PurchasingEvents.SHADE_ORDER;
import static com.tradeledger.purchasing.PurchasingEvents.hoursLater;
import static com.tradeledger.purchasing.PurchasingEvents.lampsFilled;
import static com.tradeledger.purchasing.PurchasingEvents.lampsForHamburg;
import static com.tradeledger.purchasing.PurchasingEvents.lampsOrdered;
import static com.tradeledger.purchasing.PurchasingEvents.lampsReopened;
import static com.tradeledger.purchasing.PurchasingEvents.lampsReturned;
import static com.tradeledger.purchasing.PurchasingEvents.qty;
import static com.tradeledger.purchasing.PurchasingEvents.shadesForLyon;
import static org.assertj.core.api.Assertions.assertThat;

import com.tradeledger.shared.ReadModelDatabase;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The purchase book's requisitions as receipts fill them, returns empty them and cancelled order lines reopen them. */
class RequisitionBookFillingTest {

    @RegisterExtension
    static final ReadModelDatabase database = new ReadModelDatabase();

    private PurchaseBookProjection projection;
    private PurchaseBookQueries queries;

    @BeforeEach
    void lampsOrderedForHamburg() {
        database.clear("requisition_book");
        var requisitions = new RequisitionBook(database.jdbc());
        var orders = new PurchaseOrderBook(database.jdbc());
        projection = new PurchaseBookProjection(requisitions, orders);
        queries = new PurchaseBookQueries(requisitions, orders);
        projection.on(lampsForHamburg(), 0, PLACED_AT);
        projection.on(lampsOrdered(), 1, hoursLater(1));
    }

    @Test
    void a_requisition_filled_in_part_is_still_ordered_and_needs_the_rest() {
        projection.on(lampsFilled("40", "40"), 2, hoursLater(2));

        RequisitionView lamps = lamps();
        assertThat(lamps.status()).isEqualTo(RequisitionStatus.ORDERED);
        assertThat(lamps.filled()).isEqualTo(qty("40"));
        assertThat(lamps.stillNeeded()).isEqualTo(qty("60"));
        assertThat(lamps.version()).isEqualTo(2);
        assertThat(lamps.changedAt()).isEqualTo(hoursLater(2));
    }

    @Test
    void a_requisition_filled_in_full_is_filled_and_needs_nothing_even_when_filled_beyond() {
        projection.on(lampsFilled("40", "40"), 2, hoursLater(2));
        projection.on(lampsFilled("65", "105"), 3, hoursLater(3));

        RequisitionView lamps = lamps();
        assertThat(lamps.status()).isEqualTo(RequisitionStatus.FILLED);
        assertThat(lamps.filled()).isEqualTo(qty("105"));
        assertThat(lamps.stillNeeded()).isEqualTo(qty("0"));
        assertThat(lamps.purchaseOrderId()).isEqualTo(LAMP_ORDER);
        assertThat(requisitions(RequisitionStatus.FILLED)).containsExactly(LAMPS_FOR_HAMBURG);
    }

    @Test
    void goods_going_back_take_a_filled_requisition_back_to_ordered() {
        projection.on(lampsFilled("100", "100"), 2, hoursLater(2));

        projection.on(lampsReturned("30", "70"), 3, hoursLater(3));

        RequisitionView lamps = lamps();
        assertThat(lamps.status()).isEqualTo(RequisitionStatus.ORDERED);
        assertThat(lamps.filled()).isEqualTo(qty("70"));
        assertThat(lamps.stillNeeded()).isEqualTo(qty("30"));
        assertThat(requisitions(RequisitionStatus.FILLED)).isEmpty();
    }

    @Test
    void a_requisition_whose_order_line_was_cancelled_is_open_again_without_an_order_and_ordered_anew() {
        projection.on(lampsFilled("30", "30"), 2, hoursLater(2));

        projection.on(lampsReopened("70"), 3, hoursLater(3));
        RequisitionView reopened = lamps();
        assertThat(reopened.status()).isEqualTo(RequisitionStatus.OPEN);
        assertThat(reopened.purchaseOrderId()).isNull();
        assertThat(reopened.purchaseOrderLine()).isNull();
        assertThat(reopened.filled()).isEqualTo(qty("30"));
        assertThat(reopened.stillNeeded()).isEqualTo(qty("70"));

        projection.on(new RequisitionOrdered(LAMPS_FOR_HAMBURG, HAMBURG, SHADE_ORDER, 2), 4, hoursLater(4));
        RequisitionView orderedAgain = lamps();
        assertThat(orderedAgain.status()).isEqualTo(RequisitionStatus.ORDERED);
        assertThat(orderedAgain.purchaseOrderId()).isEqualTo(SHADE_ORDER);
        assertThat(orderedAgain.purchaseOrderLine()).isEqualTo(2);
    }

    @Test
    void goods_going_back_leave_a_reopened_requisition_open() {
        projection.on(lampsFilled("30", "30"), 2, hoursLater(2));
        projection.on(lampsReopened("70"), 3, hoursLater(3));

        projection.on(lampsReturned("10", "20"), 4, hoursLater(4));

        assertThat(lamps().status()).isEqualTo(RequisitionStatus.OPEN);
        assertThat(lamps().stillNeeded()).isEqualTo(qty("80"));
    }

    @Test
    void a_filled_requisition_can_be_cancelled_and_then_needs_nothing() {
        projection.on(lampsFilled("100", "100"), 2, hoursLater(2));

        projection.on(new RequisitionCancelled(LAMPS_FOR_HAMBURG, HAMBURG, "contract completed"), 3, hoursLater(3));
        projection.on(lampsReturned("40", "60"), 4, hoursLater(4));

        RequisitionView lamps = lamps();
        assertThat(lamps.status()).isEqualTo(RequisitionStatus.CANCELLED);
        assertThat(lamps.cancellationReason()).isEqualTo("contract completed");
        assertThat(lamps.filled()).isEqualTo(qty("60"));
        assertThat(lamps.stillNeeded()).isEqualTo(qty("0"));
        assertThat(lamps.purchaseOrderId()).isEqualTo(LAMP_ORDER);
    }

    @Test
    void an_ordered_requisition_can_be_cancelled() {
        projection.on(new RequisitionCancelled(LAMPS_FOR_HAMBURG, HAMBURG, "contract cancelled"), 2, hoursLater(2));

        assertThat(lamps().status()).isEqualTo(RequisitionStatus.CANCELLED);
        assertThat(lamps().stillNeeded()).isEqualTo(qty("0"));
    }

    // The redelivered events differ from the ones applied, so that applying them again would show in the rows.
    @Test
    void fills_returns_and_reopenings_the_requisition_already_holds_change_nothing() {
        projection.on(lampsFilled("100", "100"), 2, hoursLater(2));
        projection.on(lampsReturned("30", "70"), 3, hoursLater(3));
        projection.on(lampsReopened("30"), 4, hoursLater(4));
        var once = rows();

        projection.on(lampsFilled("100", "100"), 2, hoursLater(5));
        projection.on(lampsFilled("100", "100"), 4, hoursLater(5));
        projection.on(lampsReturned("70", "0"), 3, hoursLater(5));
        projection.on(lampsReopened("100"), 4, hoursLater(5));
        projection.on(lampsReopened("100"), 3, hoursLater(5));

        assertThat(rows()).isEqualTo(once);
        assertThat(lamps().filled()).isEqualTo(qty("70"));
    }

    @Test
    void replaying_every_event_after_a_reset_gives_the_same_rows() {
        Runnable history = () -> {
            projection.on(lampsForHamburg(), 0, PLACED_AT);
            projection.on(shadesForLyon(), 0, PLACED_AT);
            projection.on(lampsOrdered(), 1, hoursLater(1));
            projection.on(lampsFilled("100", "100"), 2, hoursLater(2));
            projection.on(lampsReturned("30", "70"), 3, hoursLater(3));
            projection.on(lampsReopened("30"), 4, hoursLater(4));
            projection.on(new RequisitionOrdered(LAMPS_FOR_HAMBURG, HAMBURG, SHADE_ORDER, 2), 5, hoursLater(5));
            projection.on(lampsFilled("30", "100"), 6, hoursLater(6));
            projection.on(new RequisitionCancelled(LAMPS_FOR_HAMBURG, HAMBURG, "contract completed"), 7, hoursLater(7));
        };
        projection.reset();
        history.run();
        var live = rows();

        projection.reset();
        assertThat(requisitions(null)).isEmpty();
        history.run();

        assertThat(rows()).isEqualTo(live).hasSize(2);
        assertThat(lamps().status()).isEqualTo(RequisitionStatus.CANCELLED);
        assertThat(lamps().filled()).isEqualTo(qty("100"));
    }

    private RequisitionView lamps() {
        return queries.handle(new ListRequisitions(HAMBURG, null, 0, 20))
                .items()
                .get(0);
    }

    private List<RequisitionId> requisitions(RequisitionStatus status) {
        return queries.handle(new ListRequisitions(null, status, 0, 20)).items().stream()
                .map(RequisitionView::id)
                .toList();
    }

    private List<Map<String, Object>> rows() {
        return database.jdbc()
                .sql("select * from requisition_book order by requisition_id")
                .query()
                .listOfRows();
    }
}
