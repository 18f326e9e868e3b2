package com.tradeledger.purchasing;

import static com.tradeledger.purchasing.PurchasingEvents.CNY;
import static com.tradeledger.purchasing.PurchasingEvents.HAMBURG;
import static com.tradeledger.purchasing.PurchasingEvents.LAMPS_FOR_HAMBURG;
import static com.tradeledger.purchasing.PurchasingEvents.LAMP_ORDER;
import static com.tradeledger.purchasing.PurchasingEvents.LYON;
import static com.tradeledger.purchasing.PurchasingEvents.NINGBO_LIGHTING;
import static com.tradeledger.purchasing.PurchasingEvents.PETER;
import static com.tradeledger.purchasing.PurchasingEvents.PLACED_AT;
import static com.tradeledger.purchasing.PurchasingEvents.PLACED_ON;
import static com.tradeledger.purchasing.PurchasingEvents.SHADES_FOR_LYON;
import static com.tradeledger.purchasing.PurchasingEvents.SHADE_ORDER;
import static com.tradeledger.purchasing.PurchasingEvents.SUZHOU_SHADES;
import static com.tradeledger.purchasing.PurchasingEvents.cny;
import static com.tradeledger.purchasing.PurchasingEvents.hoursLater;
import static com.tradeledger.purchasing.PurchasingEvents.lampLine;
import static com.tradeledger.purchasing.PurchasingEvents.lampOrderPlaced;
import static com.tradeledger.purchasing.PurchasingEvents.lampsForHamburg;
import static com.tradeledger.purchasing.PurchasingEvents.placed;
import static com.tradeledger.purchasing.PurchasingEvents.qty;
import static com.tradeledger.purchasing.PurchasingEvents.received;
import static com.tradeledger.purchasing.PurchasingEvents.shadeLine;
import static com.tradeledger.purchasing.PurchasingEvents.shadesForLyon;
import static org.assertj.core.api.Assertions.assertThat;

import com.tradeledger.shared.GoodsReceiptId;
import com.tradeledger.shared.PurchaseOrderId;
import com.tradeledger.shared.ReadModelDatabase;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class PurchaseBookTest {

    private static final LocalDate MID_MAY = LocalDate.of(2025, 5, 15);
    private static final LocalDate END_OF_MAY = LocalDate.of(2025, 5, 31);

    @RegisterExtension
    static final ReadModelDatabase database = new ReadModelDatabase();

    private PurchaseBookProjection projection;
    private PurchaseBookQueries queries;

    @BeforeEach
    void emptyBook() {
        database.clear("requisition_book");
        database.clear("purchase_order_book");
        database.clear("purchase_order_line");
        projection = new PurchaseBookProjection(
                new RequisitionBook(database.jdbc()), new PurchaseOrderBook(database.jdbc()));
        queries = new PurchaseBookQueries(new RequisitionBook(database.jdbc()), new PurchaseOrderBook(database.jdbc()));
    }

    @Test
    void a_raised_requisition_is_open_for_its_contract_line() {
        projection.on(lampsForHamburg(), 0, PLACED_AT);

        assertThat(requisitions(new ListRequisitions(HAMBURG, null, 0, 20)))
                .containsExactly(new RequisitionView(
                        LAMPS_FOR_HAMBURG,
                        HAMBURG,
                        1,
                        PurchasingEvents.DESK_LAMP,
                        qty("100"),
                        qty("0"),
                        qty("100"),
                        PurchasingEvents.PCS,
                        PurchasingEvents.NEEDED_BY,
                        RequisitionKind.FINISHED_GOODS,
                        null,
                        RequisitionStatus.OPEN,
                        null,
                        null,
                        null,
                        0,
                        PLACED_AT,
                        PLACED_AT));
    }

    @Test
    void an_ordered_requisition_names_the_order_line_covering_it_and_a_cancelled_one_says_why() {
        projection.on(lampsForHamburg(), 0, PLACED_AT);
        projection.on(shadesForLyon(), 0, PLACED_AT);
        projection.on(new RequisitionOrdered(LAMPS_FOR_HAMBURG, HAMBURG, LAMP_ORDER, 1), 1, hoursLater(1));
        projection.on(new RequisitionCancelled(SHADES_FOR_LYON, LYON, "contract cancelled"), 1, hoursLater(2));

        RequisitionView lamps =
                requisitions(new ListRequisitions(HAMBURG, null, 0, 20)).get(0);
        assertThat(lamps.status()).isEqualTo(RequisitionStatus.ORDERED);
        assertThat(lamps.purchaseOrderId()).isEqualTo(LAMP_ORDER);
        assertThat(lamps.purchaseOrderLine()).isEqualTo(1);
        RequisitionView shades =
                requisitions(new ListRequisitions(LYON, null, 0, 20)).get(0);
        assertThat(shades.status()).isEqualTo(RequisitionStatus.CANCELLED);
        assertThat(shades.cancellationReason()).isEqualTo("contract cancelled");
        assertThat(requisitions(new ListRequisitions(null, RequisitionStatus.CANCELLED, 0, 20)))
                .extracting(RequisitionView::id)
                .containsExactly(SHADES_FOR_LYON);
    }

    @Test
    void a_placed_order_has_everything_open_on_order() {
        projection.on(lampOrderPlaced(), 0, PLACED_AT);

        assertThat(find(LAMP_ORDER))
                .isEqualTo(new PurchaseOrderView(
                        LAMP_ORDER,
                        NINGBO_LIGHTING,
                        CNY,
                        cny("4900.00"),
                        PurchaseOrderStatus.PLACED,
                        false,
                        List.of(lineView(lampLine(), "0", "0", "10"), lineView(shadeLine(2), "0", "0", "50")),
                        PETER,
                        PLACED_ON,
                        0,
                        PLACED_AT,
                        PLACED_AT));
    }

    @Test
    void a_confirmation_takes_the_promised_dates_it_names_and_a_change_moves_only_its_line() {
        projection.on(lampOrderPlaced(), 0, PLACED_AT);

        projection.on(new PurchaseOrderConfirmed(LAMP_ORDER, List.of(new PromisedDate(2, MID_MAY))), 1, hoursLater(1));
        PurchaseOrderView confirmed = find(LAMP_ORDER);
        assertThat(confirmed.status()).isEqualTo(PurchaseOrderStatus.CONFIRMED);
        assertThat(confirmed.confirmed()).isTrue();
        assertThat(confirmed.lines())
                .extracting(PurchaseOrderLineView::promisedDate)
                .containsExactly(MID_MAY, MID_MAY);

        projection.on(new PromisedDateChanged(LAMP_ORDER, 1, MID_MAY, END_OF_MAY, "kiln repair"), 2, hoursLater(2));
        assertThat(find(LAMP_ORDER).lines())
                .extracting(PurchaseOrderLineView::promisedDate)
                .containsExactly(END_OF_MAY, MID_MAY);
    }

    @Test
    void receipts_and_returns_set_what_is_accepted_and_what_stays_open() {
        projection.on(lampOrderPlaced(), 0, PLACED_AT);

        projection.on(received(1, "4", "1", "3"), 1, hoursLater(1));
        assertThat(find(LAMP_ORDER).lines().get(0)).isEqualTo(lineView(lampLine(), "3", "0", "7"));

        projection.on(new PurchaseOrderLineReturned(LAMP_ORDER, 1, receipt(), qty("1"), qty("2")), 2, hoursLater(2));
        assertThat(find(LAMP_ORDER).lines().get(0)).isEqualTo(lineView(lampLine(), "2", "0", "8"));
        assertThat(find(LAMP_ORDER).status()).isEqualTo(PurchaseOrderStatus.PLACED);
    }

    @Test
    void an_order_whose_lines_are_all_accepted_or_cancelled_is_received() {
        projection.on(lampOrderPlaced(), 0, PLACED_AT);
        projection.on(received(1, "10.5", "0", "10.5"), 1, hoursLater(1));
        assertThat(find(LAMP_ORDER).status()).isEqualTo(PurchaseOrderStatus.PLACED);

        projection.on(received(2, "20", "0", "20"), 2, hoursLater(2));
        projection.on(new PurchaseOrderLineCancelled(LAMP_ORDER, 2, qty("30"), "no longer needed"), 3, hoursLater(3));

        PurchaseOrderView order = find(LAMP_ORDER);
        assertThat(order.status()).isEqualTo(PurchaseOrderStatus.RECEIVED);
        assertThat(order.lines().get(0).open()).isEqualTo(qty("0"));
        assertThat(order.lines().get(1)).isEqualTo(lineView(shadeLine(2), "20", "30", "0"));
    }

    @Test
    void an_order_whose_lines_are_all_cancelled_before_any_receipt_is_cancelled() {
        projection.on(placed(SHADE_ORDER, SUZHOU_SHADES, shadeLine(1)), 0, PLACED_AT);

        projection.on(
                new PurchaseOrderLineCancelled(SHADE_ORDER, 1, qty("50"), "contract cancelled"), 1, hoursLater(1));

        assertThat(find(SHADE_ORDER).status()).isEqualTo(PurchaseOrderStatus.CANCELLED);
    }

    @Test
    void goods_of_a_cancelled_line_going_back_leave_nothing_open_on_it() {
        projection.on(placed(SHADE_ORDER, SUZHOU_SHADES, shadeLine(1)), 0, PLACED_AT);
        projection.on(
                new PurchaseOrderLineReceived(SHADE_ORDER, 1, receipt(), qty("20"), qty("0"), qty("20")),
                1,
                hoursLater(1));
        projection.on(new PurchaseOrderLineCancelled(SHADE_ORDER, 1, qty("30"), "fewer"), 2, hoursLater(2));
        assertThat(find(SHADE_ORDER).status()).isEqualTo(PurchaseOrderStatus.RECEIVED);

        projection.on(new PurchaseOrderLineReturned(SHADE_ORDER, 1, receipt(), qty("5"), qty("15")), 3, hoursLater(3));

        assertThat(find(SHADE_ORDER).lines().get(0)).isEqualTo(lineView(shadeLine(1), "15", "30", "0"));
        assertThat(find(SHADE_ORDER).status()).isEqualTo(PurchaseOrderStatus.RECEIVED);
    }

    @Test
    void lists_orders_newest_first_by_supplier_status_and_a_contract_they_serve() {
        projection.on(lampOrderPlaced(), 0, PLACED_AT);
        projection.on(placed(SHADE_ORDER, SUZHOU_SHADES, shadeLine(1)), 0, hoursLater(1));
        projection.on(new PurchaseOrderConfirmed(SHADE_ORDER, List.of()), 1, hoursLater(2));

        assertThat(orders(new ListPurchaseOrders(null, null, null, 0, 20))).containsExactly(SHADE_ORDER, LAMP_ORDER);
        assertThat(orders(new ListPurchaseOrders(NINGBO_LIGHTING, null, null, 0, 20)))
                .containsExactly(LAMP_ORDER);
        assertThat(orders(new ListPurchaseOrders(null, PurchaseOrderStatus.CONFIRMED, null, 0, 20)))
                .containsExactly(SHADE_ORDER);
        assertThat(orders(new ListPurchaseOrders(null, null, HAMBURG, 0, 20))).containsExactly(LAMP_ORDER);
        assertThat(orders(new ListPurchaseOrders(null, null, LYON, 0, 20))).containsExactly(SHADE_ORDER, LAMP_ORDER);
        PurchaseOrderSummary lampOrder = queries.handle(new ListPurchaseOrders(NINGBO_LIGHTING, null, null, 0, 20))
                .items()
                .get(0);
        assertThat(lampOrder.contracts()).containsExactlyInAnyOrder(HAMBURG, LYON);
        assertThat(lampOrder.total()).isEqualTo(cny("4900.00"));
    }

    // The redelivered events differ from the ones applied, so that applying them again would show in the rows.
    @Test
    void events_the_order_or_requisition_already_holds_change_nothing() {
        projection.on(lampsForHamburg(), 0, PLACED_AT);
        projection.on(new RequisitionOrdered(LAMPS_FOR_HAMBURG, HAMBURG, LAMP_ORDER, 1), 1, hoursLater(1));
        projection.on(lampOrderPlaced(), 0, PLACED_AT);
        projection.on(new PurchaseOrderLineCancelled(LAMP_ORDER, 2, qty("10"), "fewer"), 1, hoursLater(1));
        var once = rows();

        projection.on(new RequisitionCancelled(LAMPS_FOR_HAMBURG, HAMBURG, "late"), 1, hoursLater(1));
        projection.on(placed(LAMP_ORDER, SUZHOU_SHADES, shadeLine(1)), 0, PLACED_AT);
        projection.on(new PurchaseOrderLineCancelled(LAMP_ORDER, 2, qty("10"), "fewer"), 1, hoursLater(1));
        projection.on(new PromisedDateChanged(LAMP_ORDER, 1, MID_MAY, END_OF_MAY, "late"), 0, hoursLater(2));

        assertThat(rows()).isEqualTo(once);
        assertThat(find(LAMP_ORDER).lines().get(1).cancelled()).isEqualTo(qty("10"));
    }

    @Test
    void replaying_every_event_after_a_reset_gives_the_same_rows() {
        Runnable history = () -> {
            projection.on(lampsForHamburg(), 0, PLACED_AT);
            projection.on(shadesForLyon(), 0, PLACED_AT);
            projection.on(lampOrderPlaced(), 0, hoursLater(1));
            projection.on(new RequisitionOrdered(LAMPS_FOR_HAMBURG, HAMBURG, LAMP_ORDER, 1), 1, hoursLater(1));
            projection.on(new RequisitionOrdered(SHADES_FOR_LYON, LYON, LAMP_ORDER, 2), 1, hoursLater(1));
            projection.on(
                    new PurchaseOrderConfirmed(LAMP_ORDER, List.of(new PromisedDate(1, END_OF_MAY))), 1, hoursLater(2));
            projection.on(received(1, "6", "1", "5"), 2, hoursLater(3));
            projection.on(
                    new PurchaseOrderLineReturned(LAMP_ORDER, 1, receipt(), qty("1"), qty("4")), 3, hoursLater(4));
            projection.on(new PurchaseOrderLineCancelled(LAMP_ORDER, 2, qty("50"), "fewer"), 4, hoursLater(5));
        };
        history.run();
        var live = rows();

        projection.reset();
        assertThat(queries.handle(new FindPurchaseOrder(LAMP_ORDER))).isEmpty();
        history.run();

        assertThat(rows()).isEqualTo(live);
        assertThat(live.get("requisition_book")).hasSize(2);
        assertThat(live.get("purchase_order_line")).hasSize(2);
    }

    private static PurchaseOrderLineView lineView(
            PurchaseOrderLine line, String accepted, String cancelled, String open) {
        return new PurchaseOrderLineView(
                line.lineNumber(),
                line.productId(),
                line.sku(),
                line.quantity(),
                qty(accepted),
                qty(cancelled),
                qty(open),
                line.unit(),
                line.baseQuantity(),
                line.baseUnit(),
                line.baseUnitsPerUnit(),
                line.unitPrice(),
                line.total(),
                line.promisedDate(),
                line.requisitions());
    }

    private static GoodsReceiptId receipt() {
        return GoodsReceiptId.of("8c2d3e4f-0000-4000-8000-000000000001");
    }

    private PurchaseOrderView find(PurchaseOrderId order) {
        return queries.handle(new FindPurchaseOrder(order)).orElseThrow();
    }

    private List<RequisitionView> requisitions(ListRequisitions query) {
        return queries.handle(query).items();
    }

    private List<PurchaseOrderId> orders(ListPurchaseOrders query) {
        return queries.handle(query).items().stream()
                .map(PurchaseOrderSummary::id)
                .toList();
    }

    private Map<String, List<Map<String, Object>>> rows() {
        return Map.of(
                "requisition_book",
                database.jdbc()
                        .sql("select * from requisition_book order by requisition_id")
                        .query()
                        .listOfRows(),
                "purchase_order_book",
                database.jdbc()
                        .sql("select cast(to_jsonb(o) as text) from purchase_order_book o order by purchase_order_id")
                        .query()
                        .listOfRows(),
                "purchase_order_line",
                database.jdbc()
                        .sql("select * from purchase_order_line order by purchase_order_id, line_number")
                        .query()
                        .listOfRows());
    }
}
