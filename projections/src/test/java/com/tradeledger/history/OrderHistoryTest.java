package com.tradeledger.history;

import static com.tradeledger.history.HistoryEvents.HAMBURG;
import static com.tradeledger.history.HistoryEvents.LAMPS_NEEDED;
import static com.tradeledger.history.HistoryEvents.LAMP_CONTRACT;
import static com.tradeledger.history.HistoryEvents.LAMP_INVOICE;
import static com.tradeledger.history.HistoryEvents.LAMP_QUOTE;
import static com.tradeledger.history.HistoryEvents.NINGBO_LIGHTING;
import static com.tradeledger.history.HistoryEvents.NINGBO_ORDER;
import static com.tradeledger.history.HistoryEvents.PCS;
import static com.tradeledger.history.HistoryEvents.SHADE_CONTRACT;
import static com.tradeledger.history.HistoryEvents.SHADE_INVOICE;
import static com.tradeledger.history.HistoryEvents.SHADE_QUOTE;
import static com.tradeledger.history.HistoryEvents.TODAY;
import static com.tradeledger.history.HistoryEvents.WIRE;
import static com.tradeledger.history.HistoryEvents.allocated;
import static com.tradeledger.history.HistoryEvents.applied;
import static com.tradeledger.history.HistoryEvents.concluded;
import static com.tradeledger.history.HistoryEvents.drafted;
import static com.tradeledger.history.HistoryEvents.invoiced;
import static com.tradeledger.history.HistoryEvents.issued;
import static com.tradeledger.history.HistoryEvents.orderPlaced;
import static com.tradeledger.history.HistoryEvents.received;
import static com.tradeledger.history.HistoryEvents.revised;
import static com.tradeledger.history.HistoryEvents.signed;
import static com.tradeledger.history.HistoryEvents.usd;
import static org.assertj.core.api.Assertions.assertThat;

import com.tradeledger.billing.CommissionAccrued;
import com.tradeledger.billing.DunningReminderIssued;
import com.tradeledger.contracting.AgentCode;
import com.tradeledger.contracting.ContractApproved;
import com.tradeledger.contracting.ContractStockAllocated;
import com.tradeledger.contracting.LineAllocation;
import com.tradeledger.purchasing.DeliveryRiskRaised;
import com.tradeledger.purchasing.PurchaseOrderConfirmed;
import com.tradeledger.purchasing.PurchaseOrderLineReceived;
import com.tradeledger.purchasing.RequisitionKind;
import com.tradeledger.purchasing.RequisitionRaised;
import com.tradeledger.receiving.GoodsReceived;
import com.tradeledger.receiving.ReceivedLine;
import com.tradeledger.shared.ContractId;
import com.tradeledger.shared.GoodsReceiptId;
import com.tradeledger.shared.Percentage;
import com.tradeledger.shared.ReadModelDatabase;
import com.tradeledger.shared.ShipmentId;
import com.tradeledger.shared.Username;
import com.tradeledger.shipping.ShipmentPlanned;
import com.tradeledger.shipping.ShippingDetails;
import com.tradeledger.shipping.ShippingDetailsRecorded;
import com.tradeledger.stock.WarehouseCode;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class OrderHistoryTest {

    private static final GoodsReceiptId FIRST_RECEIPT = GoodsReceiptId.of("3a4b5c6d-0000-4000-8000-000000000001");
    private static final ShipmentId LAMP_SHIPMENT = ShipmentId.of("5b1d0c9e-0000-4000-8000-000000000001");
    private static final WarehouseCode NINGBO = WarehouseCode.of("NGB-1");

    @RegisterExtension
    static final ReadModelDatabase database = new ReadModelDatabase();

    private OrderHistoryProjection projection;
    private OrderHistoryQueries queries;
    private OrderHistoryBook stories;
    private HistoryLog log;

    @BeforeEach
    void noStories() {
        database.clear("order_history_entry, order_history_contract, order_history_link, order_history_held");
        // Exports stream through RowStreams; these tests read pages, the HTTP test reads the CSV.
        stories = new OrderHistoryBook(database.jdbc(), null);
        projection = new OrderHistoryProjection(stories, new GlobalIndexes(database.jdbc()));
        queries = new OrderHistoryQueries(stories);
        log = new HistoryLog((message, token) -> projection.on(message.getPayload(), message, token));
    }

    @Test
    void the_quote_and_its_revisions_before_the_contract_open_the_contracts_story() {
        log.append("Quote", LAMP_QUOTE, drafted(LAMP_QUOTE, HAMBURG), "alice");
        log.append("Quote", SHADE_QUOTE, drafted(SHADE_QUOTE, HAMBURG), "alice");
        log.append("Quote", LAMP_QUOTE, issued(LAMP_QUOTE, 1, "12400.00"), "alice");
        log.append("Quote", LAMP_QUOTE, revised(LAMP_QUOTE, 2), "alice");
        log.append("Quote", LAMP_QUOTE, issued(LAMP_QUOTE, 2, "11800.00"), "alice");
        assertThat(story(LAMP_CONTRACT)).isEmpty();

        log.append("Contract", LAMP_CONTRACT, concluded(LAMP_CONTRACT, LAMP_QUOTE, HAMBURG, "11800.00"), "alice");
        log.append("Contract", LAMP_CONTRACT, new ContractApproved(LAMP_CONTRACT, Username.of("max"), "ok"), "max");
        log.append("Contract", LAMP_CONTRACT, signed(LAMP_CONTRACT, HAMBURG, "11800.00"), "alice");

        assertThat(story(LAMP_CONTRACT))
                .extracting(HistoryEntryView::position, HistoryEntryView::eventType, HistoryEntryView::who)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1L, "QuoteDrafted", "alice"),
                        org.assertj.core.groups.Tuple.tuple(3L, "QuoteIssued", "alice"),
                        org.assertj.core.groups.Tuple.tuple(4L, "QuoteRevised", "alice"),
                        org.assertj.core.groups.Tuple.tuple(5L, "QuoteIssued", "alice"),
                        org.assertj.core.groups.Tuple.tuple(6L, "ContractConcluded", "alice"),
                        org.assertj.core.groups.Tuple.tuple(7L, "ContractApproved", "max"),
                        org.assertj.core.groups.Tuple.tuple(8L, "ContractSigned", "alice"));
        assertThat(stories.customerOf(LAMP_CONTRACT)).contains(HAMBURG);
        assertThat(queries.handle(new ListContractHistory(LAMP_CONTRACT, HistoryFilter.everything(), 0, 20))
                        .customerId())
                .isEqualTo(HAMBURG);
    }

    @Test
    void a_purchase_order_shows_in_the_stories_of_the_contracts_it_serves_and_each_line_only_in_its_own() {
        twoSignedContracts();
        log.append(
                "Contract",
                LAMP_CONTRACT,
                new ContractStockAllocated(
                        LAMP_CONTRACT,
                        List.of(new LineAllocation(
                                1, null, PCS, new BigDecimal("100"), BigDecimal.ZERO, new BigDecimal("100"), TODAY))),
                "alice");
        log.append(
                "Requisition",
                LAMPS_NEEDED,
                new RequisitionRaised(
                        LAMPS_NEEDED,
                        LAMP_CONTRACT,
                        1,
                        null,
                        new BigDecimal("100"),
                        PCS,
                        TODAY.plusDays(25),
                        RequisitionKind.FINISHED_GOODS,
                        null),
                "alice");
        log.append("PurchaseOrder", NINGBO_ORDER, orderPlaced(), "paula");
        log.append("PurchaseOrder", NINGBO_ORDER, new PurchaseOrderConfirmed(NINGBO_ORDER, List.of()), "paula");
        log.append(
                "PurchaseOrder",
                NINGBO_ORDER,
                new DeliveryRiskRaised(
                        NINGBO_ORDER, 1, NINGBO_LIGHTING, LAMPS_NEEDED, LAMP_CONTRACT, 1, TODAY, TODAY.plusDays(3), 3),
                "paula");
        log.append(
                "GoodsReceipt",
                FIRST_RECEIPT,
                new GoodsReceived(
                        FIRST_RECEIPT,
                        NINGBO_ORDER,
                        NINGBO_LIGHTING,
                        NINGBO,
                        List.of(new ReceivedLine(
                                1,
                                null,
                                new BigDecimal("100"),
                                BigDecimal.ZERO,
                                new BigDecimal("100"),
                                PCS,
                                new BigDecimal("100"),
                                PCS)),
                        Username.of("walt"),
                        TODAY),
                "walt");
        log.append(
                "PurchaseOrder",
                NINGBO_ORDER,
                new PurchaseOrderLineReceived(
                        NINGBO_ORDER, 1, FIRST_RECEIPT, new BigDecimal("100"), BigDecimal.ZERO, new BigDecimal("100")),
                "walt");

        assertThat(types(LAMP_CONTRACT))
                .endsWith(
                        "ContractStockAllocated",
                        "RequisitionRaised",
                        "PurchaseOrderPlaced",
                        "PurchaseOrderConfirmed",
                        "DeliveryRiskRaised",
                        "GoodsReceived",
                        "PurchaseOrderLineReceived");
        assertThat(types(SHADE_CONTRACT)).endsWith("ContractSigned", "PurchaseOrderPlaced", "PurchaseOrderConfirmed");
    }

    @Test
    void purchase_prices_are_not_in_the_story() {
        twoSignedContracts();
        log.append("PurchaseOrder", NINGBO_ORDER, orderPlaced(), "paula");

        String summary =
                story(LAMP_CONTRACT).get(story(LAMP_CONTRACT).size() - 1).summary();
        assertThat(summary).contains("100 PCS LAMP-1").doesNotContain("8.00").doesNotContain("1150.00");
    }

    @Test
    void shipments_their_documents_invoices_reminders_and_commissions_join_the_story() {
        twoSignedContracts();
        log.append(
                "Shipment",
                LAMP_SHIPMENT,
                new ShipmentPlanned(LAMP_SHIPMENT, LAMP_CONTRACT, HAMBURG, NINGBO, List.of(), Username.of("walt")),
                "walt");
        log.append(
                "Shipment",
                LAMP_SHIPMENT,
                new ShippingDetailsRecorded(
                        LAMP_SHIPMENT,
                        new ShippingDetails(
                                "BL-1",
                                "MSC ANNA 12W",
                                "Ningbo",
                                "Hamburg",
                                TODAY,
                                TODAY,
                                usd("900.00"),
                                null,
                                null,
                                null)),
                "walt");
        log.append("Invoice", LAMP_INVOICE, invoiced(LAMP_INVOICE, LAMP_CONTRACT, HAMBURG, "3540.00"), "fiona");
        log.append(
                "Invoice",
                LAMP_INVOICE,
                new DunningReminderIssued(LAMP_INVOICE, HAMBURG, 1, 5, usd("3540.00"), TODAY.plusDays(12)),
                "fiona");
        log.append(
                "Invoice",
                LAMP_INVOICE,
                new CommissionAccrued(
                        LAMP_INVOICE,
                        LAMP_CONTRACT,
                        WIRE,
                        AgentCode.of("AGENT-7"),
                        Percentage.of("5"),
                        usd("3540.00"),
                        usd("177.00")),
                "fiona");

        assertThat(types(LAMP_CONTRACT))
                .endsWith(
                        "ShipmentPlanned",
                        "ShippingDetailsRecorded",
                        "InvoiceIssued",
                        "DunningReminderIssued",
                        "CommissionAccrued");
        assertThat(story(LAMP_CONTRACT).get(story(LAMP_CONTRACT).size() - 4).summary())
                .contains("BL-1")
                .doesNotContain("900.00");
        assertThat(types(SHADE_CONTRACT)).endsWith("ContractSigned");
    }

    @Test
    void a_payment_split_over_two_contracts_invoices_shows_in_both_stories_with_each_ones_share() {
        twoSignedContracts();
        log.append("Invoice", LAMP_INVOICE, invoiced(LAMP_INVOICE, LAMP_CONTRACT, HAMBURG, "3540.00"), "fiona");
        log.append("Invoice", SHADE_INVOICE, invoiced(SHADE_INVOICE, SHADE_CONTRACT, HAMBURG, "270.00"), "fiona");
        long payment = log.append("Payment", WIRE, received(HAMBURG, "3810.00"), "fiona");
        long lampShare = log.append("Payment", WIRE, allocated(LAMP_INVOICE, "3540.00"), "fiona");
        long shadeShare = log.append("Payment", WIRE, allocated(SHADE_INVOICE, "270.00"), "fiona");
        long lampApplied =
                log.append("Invoice", LAMP_INVOICE, applied(LAMP_INVOICE, LAMP_CONTRACT, HAMBURG, "3540.00"), "fiona");
        long shadeApplied = log.append(
                "Invoice", SHADE_INVOICE, applied(SHADE_INVOICE, SHADE_CONTRACT, HAMBURG, "270.00"), "fiona");

        assertThat(positions(LAMP_CONTRACT))
                .contains(payment, lampShare, lampApplied)
                .doesNotContain(shadeShare);
        assertThat(positions(SHADE_CONTRACT))
                .contains(payment, shadeShare, shadeApplied)
                .doesNotContain(lampShare, lampApplied);
        assertThat(positions(LAMP_CONTRACT)).isSorted();
    }

    @Test
    void a_redelivered_event_changes_nothing() {
        twoSignedContracts();
        log.append("PurchaseOrder", NINGBO_ORDER, orderPlaced(), "paula");
        var once = rows();

        for (long position = 1; position <= 6; position++) {
            log.deliver(position);
        }

        assertThat(rows()).isEqualTo(once);
    }

    @Test
    void replaying_every_event_after_a_reset_gives_the_same_rows() {
        twoSignedContracts();
        log.append("PurchaseOrder", NINGBO_ORDER, orderPlaced(), "paula");
        log.append("Invoice", LAMP_INVOICE, invoiced(LAMP_INVOICE, LAMP_CONTRACT, HAMBURG, "3540.00"), "fiona");
        log.append("Payment", WIRE, received(HAMBURG, "3540.00"), "fiona");
        log.append("Payment", WIRE, allocated(LAMP_INVOICE, "3540.00"), "fiona");
        log.append("Invoice", LAMP_INVOICE, applied(LAMP_INVOICE, LAMP_CONTRACT, HAMBURG, "3540.00"), "fiona");
        var live = rows();

        projection.reset();
        assertThat(story(LAMP_CONTRACT)).isEmpty();
        log.replay();

        assertThat(rows()).isEqualTo(live);
    }

    private void twoSignedContracts() {
        log.append("Quote", LAMP_QUOTE, drafted(LAMP_QUOTE, HAMBURG), "alice");
        log.append("Contract", LAMP_CONTRACT, concluded(LAMP_CONTRACT, LAMP_QUOTE, HAMBURG, "11800.00"), "alice");
        log.append("Contract", LAMP_CONTRACT, signed(LAMP_CONTRACT, HAMBURG, "11800.00"), "alice");
        log.append("Quote", SHADE_QUOTE, drafted(SHADE_QUOTE, HAMBURG), "alice");
        log.append("Contract", SHADE_CONTRACT, concluded(SHADE_CONTRACT, SHADE_QUOTE, HAMBURG, "900.00"), "alice");
        log.append("Contract", SHADE_CONTRACT, signed(SHADE_CONTRACT, HAMBURG, "900.00"), "alice");
    }

    private List<HistoryEntryView> story(ContractId contract) {
        return queries.handle(new ListContractHistory(contract, HistoryFilter.everything(), 0, 200))
                .items();
    }

    private List<String> types(ContractId contract) {
        return story(contract).stream().map(HistoryEntryView::eventType).toList();
    }

    private List<Long> positions(ContractId contract) {
        return story(contract).stream().map(HistoryEntryView::position).toList();
    }

    private List<String> rows() {
        return database.jdbc().sql("""
                        select cast(to_jsonb(entry) as text) from order_history_entry entry
                        union all select cast(to_jsonb(c) as text) from order_history_contract c
                        union all select cast(to_jsonb(link) as text) from order_history_link link
                        union all select cast(to_jsonb(held) as text) from order_history_held held
                        order by 1""").query(String.class).list();
    }
}
