package com.tradeledger.purchasing;

import static com.tradeledger.purchasing.PurchasingEvents.HAMBURG;
import static com.tradeledger.purchasing.PurchasingEvents.LAMPS_FOR_HAMBURG;
import static com.tradeledger.purchasing.PurchasingEvents.LAMP_ORDER;
import static com.tradeledger.purchasing.PurchasingEvents.LYON;
import static com.tradeledger.purchasing.PurchasingEvents.NEEDED_BY;
import static com.tradeledger.purchasing.PurchasingEvents.NINGBO_LIGHTING;
import static com.tradeledger.purchasing.PurchasingEvents.SHADES_FOR_LYON;
import static com.tradeledger.purchasing.PurchasingEvents.SHADE_ORDER;
import static com.tradeledger.purchasing.PurchasingEvents.SUZHOU_SHADES;
import static com.tradeledger.purchasing.PurchasingEvents.hoursLater;
import static com.tradeledger.purchasing.PurchasingEvents.riskCleared;
import static com.tradeledger.purchasing.PurchasingEvents.riskClosed;
import static com.tradeledger.purchasing.PurchasingEvents.riskRaised;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tradeledger.shared.PurchaseOrderId;
import com.tradeledger.shared.ReadModelDatabase;
import com.tradeledger.shared.UnknownSortField;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class DeliveryRisksTest {

    private static final LocalDate LATE_PROMISE = NEEDED_BY.plusDays(10);
    private static final LocalDate LATER_PROMISE = NEEDED_BY.plusDays(15);
    private static final LocalDate IN_TIME = NEEDED_BY.minusDays(2);

    @RegisterExtension
    static final ReadModelDatabase database = new ReadModelDatabase();

    private DeliveryRisksProjection projection;
    private DeliveryRiskQueries queries;

    @BeforeEach
    void noRisks() {
        database.clear("delivery_risk");
        var risks = new DeliveryRiskBook(database.jdbc());
        projection = new DeliveryRisksProjection(risks);
        queries = new DeliveryRiskQueries(risks);
    }

    @Test
    void a_raised_risk_is_open_naming_the_contract_line_supplier_dates_and_days_late() {
        projection.on(riskRaised(LATE_PROMISE, 10), 1, hoursLater(1));

        assertThat(all())
                .containsExactly(new DeliveryRiskView(
                        LAMP_ORDER,
                        1,
                        LAMPS_FOR_HAMBURG,
                        HAMBURG,
                        1,
                        NINGBO_LIGHTING,
                        DeliveryRiskStatus.OPEN,
                        null,
                        10,
                        NEEDED_BY,
                        LATE_PROMISE,
                        List.of(new DeliveryRiskChange(DeliveryRiskStatus.OPEN, null, LATE_PROMISE, 10, hoursLater(1))),
                        hoursLater(1),
                        hoursLater(1)));
    }

    @Test
    void a_risk_raised_again_and_then_cleared_keeps_its_whole_history() {
        projection.on(riskRaised(LATE_PROMISE, 10), 1, hoursLater(1));
        projection.on(riskRaised(LATER_PROMISE, 15), 2, hoursLater(2));
        assertThat(all().get(0).daysLate()).isEqualTo(15);

        projection.on(riskCleared(IN_TIME), 3, hoursLater(3));

        DeliveryRiskView risk = all().get(0);
        assertThat(risk.status()).isEqualTo(DeliveryRiskStatus.CLEARED);
        assertThat(risk.daysLate()).isZero();
        assertThat(risk.promisedDate()).isEqualTo(IN_TIME);
        assertThat(risk.raisedAt()).isEqualTo(hoursLater(1));
        assertThat(risk.changedAt()).isEqualTo(hoursLater(3));
        assertThat(risk.history())
                .containsExactly(
                        new DeliveryRiskChange(DeliveryRiskStatus.OPEN, null, LATE_PROMISE, 10, hoursLater(1)),
                        new DeliveryRiskChange(DeliveryRiskStatus.OPEN, null, LATER_PROMISE, 15, hoursLater(2)),
                        new DeliveryRiskChange(DeliveryRiskStatus.CLEARED, null, IN_TIME, 0, hoursLater(3)));
    }

    @Test
    void a_cleared_risk_raised_again_is_open_once_more() {
        projection.on(riskRaised(LATE_PROMISE, 10), 1, hoursLater(1));
        projection.on(riskCleared(IN_TIME), 2, hoursLater(2));

        projection.on(riskRaised(LATER_PROMISE, 15), 3, hoursLater(3));

        DeliveryRiskView risk = all().get(0);
        assertThat(risk.status()).isEqualTo(DeliveryRiskStatus.OPEN);
        assertThat(risk.daysLate()).isEqualTo(15);
        assertThat(risk.history()).hasSize(3);
    }

    @Test
    void lists_risks_by_contract_supplier_status_and_least_days_late() {
        projection.on(riskRaised(LATE_PROMISE, 10), 1, hoursLater(1));
        projection.on(
                new DeliveryRiskRaised(
                        SHADE_ORDER, 1, SUZHOU_SHADES, SHADES_FOR_LYON, LYON, 1, NEEDED_BY, NEEDED_BY.plusDays(3), 3),
                0,
                hoursLater(2));

        assertThat(orders(new ListDeliveryRisks(null, null, null, null, 0, 20, null)))
                .containsExactly(SHADE_ORDER, LAMP_ORDER);
        assertThat(orders(new ListDeliveryRisks(LYON, null, null, null, 0, 20, null)))
                .containsExactly(SHADE_ORDER);
        assertThat(orders(new ListDeliveryRisks(null, NINGBO_LIGHTING, null, null, 0, 20, null)))
                .containsExactly(LAMP_ORDER);
        assertThat(orders(new ListDeliveryRisks(null, null, null, 10, 0, 20, null)))
                .containsExactly(LAMP_ORDER);
        assertThat(orders(new ListDeliveryRisks(null, null, null, 3, 0, 20, null)))
                .containsExactly(SHADE_ORDER, LAMP_ORDER);

        projection.on(riskCleared(IN_TIME), 2, hoursLater(3));
        assertThat(orders(new ListDeliveryRisks(null, null, DeliveryRiskStatus.OPEN, null, 0, 20, null)))
                .containsExactly(SHADE_ORDER);
        assertThat(orders(new ListDeliveryRisks(null, null, DeliveryRiskStatus.CLEARED, null, 0, 20, null)))
                .containsExactly(LAMP_ORDER);
    }

    @Test
    void sorts_by_days_late_dates_contract_and_supplier_and_by_default_the_latest_changed_first() {
        var late = new DeliveryRiskRaised(
                LAMP_ORDER,
                2,
                NINGBO_LIGHTING,
                SHADES_FOR_LYON,
                LYON,
                1,
                NEEDED_BY.plusDays(5),
                NEEDED_BY.plusDays(20),
                15);
        var lamps = new DeliveryRiskRaised(
                LAMP_ORDER, 1, SUZHOU_SHADES, LAMPS_FOR_HAMBURG, HAMBURG, 1, NEEDED_BY, NEEDED_BY.plusDays(10), 10);
        var shades = new DeliveryRiskRaised(
                SHADE_ORDER,
                1,
                NINGBO_LIGHTING,
                SHADES_FOR_LYON,
                HAMBURG,
                2,
                NEEDED_BY.minusDays(5),
                NEEDED_BY.plusDays(15),
                20);
        projection.on(late, 1, hoursLater(1));
        projection.on(lamps, 2, hoursLater(2));
        projection.on(shades, 0, hoursLater(3));

        assertThat(lines(null)).containsExactly("SHADE/1", "LAMP/1", "LAMP/2");
        assertThat(lines("daysLate")).containsExactly("LAMP/1", "LAMP/2", "SHADE/1");
        assertThat(lines("-daysLate")).containsExactly("SHADE/1", "LAMP/2", "LAMP/1");
        assertThat(lines("-dateNeeded")).containsExactly("LAMP/2", "LAMP/1", "SHADE/1");
        assertThat(lines("promisedDate")).containsExactly("LAMP/1", "SHADE/1", "LAMP/2");
        assertThat(lines("-contract")).containsExactly("LAMP/2", "LAMP/1", "SHADE/1");
        assertThat(lines("supplier")).containsExactly("LAMP/2", "SHADE/1", "LAMP/1");
        assertThat(queries.handle(new ListDeliveryRisks(null, null, null, null, 1, 2, "daysLate"))
                        .items())
                .extracting(DeliveryRiskView::daysLate)
                .containsExactly(20);
    }

    @Test
    void refuses_a_sort_the_delivery_risks_do_not_offer() {
        assertThatThrownBy(() -> queries.handle(new ListDeliveryRisks(null, null, null, null, 0, 20, "history")))
                .isInstanceOf(UnknownSortField.class);
    }

    @Test
    void a_closed_risk_no_longer_stands_but_keeps_its_promise_and_days_late_and_says_why() {
        projection.on(riskRaised(LATE_PROMISE, 10), 1, hoursLater(1));
        projection.on(riskRaised(LATER_PROMISE, 15), 2, hoursLater(2));

        projection.on(riskClosed(DeliveryRiskClosure.RECEIVED_IN_FULL), 3, hoursLater(3));

        DeliveryRiskView risk = all().get(0);
        assertThat(risk.status()).isEqualTo(DeliveryRiskStatus.CLOSED);
        assertThat(risk.closure()).isEqualTo(DeliveryRiskClosure.RECEIVED_IN_FULL);
        assertThat(risk.daysLate()).isEqualTo(15);
        assertThat(risk.promisedDate()).isEqualTo(LATER_PROMISE);
        assertThat(risk.changedAt()).isEqualTo(hoursLater(3));
        assertThat(risk.history())
                .containsExactly(
                        new DeliveryRiskChange(DeliveryRiskStatus.OPEN, null, LATE_PROMISE, 10, hoursLater(1)),
                        new DeliveryRiskChange(DeliveryRiskStatus.OPEN, null, LATER_PROMISE, 15, hoursLater(2)),
                        new DeliveryRiskChange(
                                DeliveryRiskStatus.CLOSED,
                                DeliveryRiskClosure.RECEIVED_IN_FULL,
                                LATER_PROMISE,
                                15,
                                hoursLater(3)));
    }

    @Test
    void a_risk_closed_after_it_was_cleared_stays_zero_days_late() {
        projection.on(riskRaised(LATE_PROMISE, 10), 1, hoursLater(1));
        projection.on(riskCleared(IN_TIME), 2, hoursLater(2));

        projection.on(riskClosed(DeliveryRiskClosure.LINE_CANCELLED), 3, hoursLater(3));

        DeliveryRiskView risk = all().get(0);
        assertThat(risk.status()).isEqualTo(DeliveryRiskStatus.CLOSED);
        assertThat(risk.daysLate()).isZero();
        assertThat(risk.history().get(2))
                .isEqualTo(new DeliveryRiskChange(
                        DeliveryRiskStatus.CLOSED, DeliveryRiskClosure.LINE_CANCELLED, IN_TIME, 0, hoursLater(3)));
    }

    @Test
    void a_closed_risk_raised_again_is_open_with_no_closure() {
        projection.on(riskRaised(LATE_PROMISE, 10), 1, hoursLater(1));
        projection.on(riskClosed(DeliveryRiskClosure.REQUISITION_CANCELLED), 2, hoursLater(2));

        projection.on(riskRaised(LATER_PROMISE, 15), 3, hoursLater(3));

        DeliveryRiskView risk = all().get(0);
        assertThat(risk.status()).isEqualTo(DeliveryRiskStatus.OPEN);
        assertThat(risk.closure()).isNull();
        assertThat(risk.history()).hasSize(3);
    }

    @Test
    void lists_closed_risks_by_their_status() {
        projection.on(riskRaised(LATE_PROMISE, 10), 1, hoursLater(1));
        projection.on(
                new DeliveryRiskRaised(
                        SHADE_ORDER, 1, SUZHOU_SHADES, SHADES_FOR_LYON, LYON, 1, NEEDED_BY, NEEDED_BY.plusDays(3), 3),
                0,
                hoursLater(2));

        projection.on(riskClosed(DeliveryRiskClosure.REQUISITION_CANCELLED), 2, hoursLater(3));

        assertThat(orders(new ListDeliveryRisks(null, null, DeliveryRiskStatus.CLOSED, null, 0, 20, null)))
                .containsExactly(LAMP_ORDER);
        assertThat(orders(new ListDeliveryRisks(null, null, DeliveryRiskStatus.OPEN, null, 0, 20, null)))
                .containsExactly(SHADE_ORDER);
    }

    // The redelivered events differ from the ones applied, so that applying them again would show in the rows.
    @Test
    void events_the_risk_already_holds_are_neither_applied_nor_listed_again() {
        projection.on(riskRaised(LATE_PROMISE, 10), 1, hoursLater(1));
        projection.on(riskCleared(IN_TIME), 2, hoursLater(2));
        var once = all();

        projection.on(riskRaised(LATER_PROMISE, 15), 1, hoursLater(1));
        projection.on(riskRaised(LATER_PROMISE, 15), 2, hoursLater(2));
        projection.on(riskCleared(NEEDED_BY), 2, hoursLater(2));
        projection.on(riskClosed(DeliveryRiskClosure.LINE_CANCELLED), 2, hoursLater(2));

        assertThat(all()).isEqualTo(once);
    }

    @Test
    void a_closure_delivered_again_is_neither_applied_nor_listed_again() {
        projection.on(riskRaised(LATE_PROMISE, 10), 1, hoursLater(1));
        projection.on(riskClosed(DeliveryRiskClosure.RECEIVED_IN_FULL), 2, hoursLater(2));
        var once = all();

        projection.on(riskClosed(DeliveryRiskClosure.LINE_CANCELLED), 2, hoursLater(3));
        projection.on(riskClosed(DeliveryRiskClosure.LINE_CANCELLED), 1, hoursLater(3));

        assertThat(all()).isEqualTo(once);
        assertThat(once.get(0).history()).hasSize(2);
    }

    @Test
    void replaying_every_event_after_a_reset_gives_the_same_rows() {
        Runnable history = () -> {
            projection.on(riskRaised(LATE_PROMISE, 10), 1, hoursLater(1));
            projection.on(riskRaised(LATER_PROMISE, 15), 2, hoursLater(2));
            projection.on(riskCleared(IN_TIME), 3, hoursLater(3));
            projection.on(riskRaised(LATER_PROMISE, 15), 4, hoursLater(4));
            projection.on(riskClosed(DeliveryRiskClosure.RECEIVED_IN_FULL), 5, hoursLater(5));
        };
        history.run();
        var live = rows();

        projection.reset();
        assertThat(all()).isEmpty();
        history.run();

        assertThat(rows()).isEqualTo(live);
    }

    private List<DeliveryRiskView> all() {
        return queries.handle(new ListDeliveryRisks(null, null, null, null, 0, 20, null))
                .items();
    }

    private List<PurchaseOrderId> orders(ListDeliveryRisks query) {
        return queries.handle(query).items().stream()
                .map(DeliveryRiskView::purchaseOrderId)
                .toList();
    }

    private List<String> lines(String sort) {
        return queries.handle(new ListDeliveryRisks(null, null, null, null, 0, 20, sort)).items().stream()
                .map(risk -> (risk.purchaseOrderId().equals(LAMP_ORDER) ? "LAMP/" : "SHADE/") + risk.lineNumber())
                .toList();
    }

    private List<String> rows() {
        return database.jdbc()
                .sql("select cast(to_jsonb(risk) as text) from delivery_risk risk order by purchase_order_id")
                .query(String.class)
                .list();
    }
}
