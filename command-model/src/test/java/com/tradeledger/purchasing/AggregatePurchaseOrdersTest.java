package com.tradeledger.purchasing;

import static com.tradeledger.purchasing.PurchaseOrderExamples.FOR_LINE_1;
import static com.tradeledger.purchasing.PurchaseOrderExamples.FOR_LINE_2;
import static com.tradeledger.purchasing.PurchaseOrderExamples.GASKET;
import static com.tradeledger.purchasing.PurchaseOrderExamples.ORDER;
import static com.tradeledger.purchasing.PurchaseOrderExamples.PROMISED;
import static com.tradeledger.purchasing.PurchaseOrderExamples.covered;
import static com.tradeledger.purchasing.PurchaseOrderExamples.placed;
import static com.tradeledger.purchasing.PurchaseOrderExamples.received;
import static com.tradeledger.purchasing.PurchaseOrderExamples.riskRaised;
import static com.tradeledger.purchasing.SupplierExamples.BRACKET;
import static com.tradeledger.purchasing.SupplierExamples.CTN;
import static com.tradeledger.purchasing.SupplierExamples.NINGBO_METAL;
import static com.tradeledger.purchasing.SupplierExamples.PCS;
import static com.tradeledger.purchasing.SupplierExamples.USD;
import static com.tradeledger.purchasing.SupplierExamples.usd;
import static org.assertj.core.api.Assertions.assertThat;

import com.tradeledger.EventSourcedAggregates;
import com.tradeledger.shared.PurchaseOrderId;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Purchase orders as receiving and payables read them, from the order aggregate's own events. */
class AggregatePurchaseOrdersTest {

    private final EventSourcedAggregates histories = new EventSourcedAggregates();
    private final PurchaseOrders orders =
            new AggregatePurchaseOrders(histories.repositoryOf(PurchaseOrder.class), PurchasingPolicy.standard());

    @BeforeEach
    void theOrderIsPlaced() {
        histories.given(PurchaseOrder.class, ORDER, placed());
    }

    @Test
    void reads_a_placed_order_with_its_lines_and_the_requisitions_they_serve() {
        assertThat(find(ORDER))
                .contains(new OrderState(
                        ORDER,
                        NINGBO_METAL,
                        USD,
                        PurchaseOrderStatus.PLACED,
                        List.of(
                                new OrderLineState(
                                        1,
                                        BRACKET,
                                        CTN,
                                        new BigDecimal("20"),
                                        PCS,
                                        new BigDecimal("240"),
                                        new BigDecimal("12"),
                                        usd("120.00"),
                                        BigDecimal.ZERO,
                                        false,
                                        List.of(covered(FOR_LINE_1), covered(FOR_LINE_2))),
                                new OrderLineState(
                                        2,
                                        GASKET,
                                        PCS,
                                        new BigDecimal("500"),
                                        PCS,
                                        new BigDecimal("500"),
                                        BigDecimal.ONE,
                                        usd("0.25"),
                                        BigDecimal.ZERO,
                                        false,
                                        List.of()))));
    }

    @Test
    void reads_what_each_line_accepted_and_whether_it_was_cancelled() {
        histories.given(
                PurchaseOrder.class,
                ORDER,
                received(1, "10", "2", "8"),
                new PurchaseOrderLineCancelled(ORDER, 2, new BigDecimal("500"), "no longer stocked"));

        OrderState order = find(ORDER).orElseThrow();

        assertThat(order.line(1).orElseThrow().acceptedSoFar()).isEqualTo(new BigDecimal("8"));
        assertThat(order.line(2).orElseThrow().cancelled()).isTrue();
        assertThat(order.status()).isEqualTo(PurchaseOrderStatus.PLACED);
    }

    @Test
    void reads_a_confirmed_order_as_confirmed() {
        histories.given(
                PurchaseOrder.class,
                ORDER,
                new PurchaseOrderConfirmed(
                        ORDER, List.of(new PromisedDate(1, PROMISED), new PromisedDate(2, PROMISED))));

        assertThat(find(ORDER).orElseThrow().status()).isEqualTo(PurchaseOrderStatus.CONFIRMED);
    }

    @Test
    void reads_an_order_as_received_once_every_line_is_received_in_full_or_cancelled() {
        histories.given(
                PurchaseOrder.class,
                ORDER,
                received(1, "20", "0", "20"),
                new PurchaseOrderLineCancelled(ORDER, 2, new BigDecimal("500"), "no longer stocked"));

        assertThat(find(ORDER).orElseThrow().status()).isEqualTo(PurchaseOrderStatus.RECEIVED);
    }

    @Test
    void reads_an_order_as_cancelled_once_every_line_was_cancelled_with_nothing_received() {
        histories.given(
                PurchaseOrder.class,
                ORDER,
                new PurchaseOrderLineCancelled(ORDER, 1, new BigDecimal("20"), "contract cancelled"),
                new PurchaseOrderLineCancelled(ORDER, 2, new BigDecimal("500"), "no longer stocked"));

        assertThat(find(ORDER).orElseThrow().status()).isEqualTo(PurchaseOrderStatus.CANCELLED);
    }

    @Test
    void knows_no_order_never_placed() {
        assertThat(find(PurchaseOrderId.of("5b000000-0000-4000-8000-0000000000ff")))
                .isEmpty();
    }

    private Optional<OrderState> find(PurchaseOrderId purchaseOrderId) {
        return histories.inUnitOfWork(() -> orders.find(purchaseOrderId));
    }

    @Test
    void closes_the_delivery_risks_raised_for_a_requisition_cancelled_since() {
        histories.given(
                PurchaseOrder.class,
                ORDER,
                riskRaised(FOR_LINE_1, PROMISED.plusDays(20), 5),
                riskRaised(FOR_LINE_2, PROMISED.plusDays(20), 15));

        histories.inUnitOfWork(() -> orders.requisitionCancelled(ORDER, FOR_LINE_2));

        assertThat(histories.appendedAfterGiven(ORDER))
                .containsExactly(
                        CancelPurchaseOrderLineTest.closed(FOR_LINE_2, DeliveryRiskClosure.REQUISITION_CANCELLED));
    }

    @Test
    void closes_nothing_for_a_requisition_without_a_risk() {
        histories.inUnitOfWork(() -> orders.requisitionCancelled(ORDER, FOR_LINE_1));

        assertThat(histories.appendedAfterGiven(ORDER)).isEmpty();
    }
}
