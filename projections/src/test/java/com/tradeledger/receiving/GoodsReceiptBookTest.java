package com.tradeledger.receiving;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import com.tradeledger.products.ProductId;
import com.tradeledger.shared.GoodsReceiptId;
import com.tradeledger.shared.PurchaseOrderId;
import com.tradeledger.shared.ReadModelDatabase;
import com.tradeledger.shared.SupplierId;
import com.tradeledger.shared.UnitOfMeasure;
import com.tradeledger.shared.Username;
import com.tradeledger.stock.WarehouseCode;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class GoodsReceiptBookTest {

    private static final GoodsReceiptId FIRST_RECEIPT = GoodsReceiptId.of("8c2d3e4f-0000-4000-8000-000000000001");
    private static final GoodsReceiptId SECOND_RECEIPT = GoodsReceiptId.of("8c2d3e4f-0000-4000-8000-000000000002");
    private static final PurchaseOrderId LAMP_ORDER = PurchaseOrderId.of("6b1c2d3e-0000-4000-8000-000000000001");
    private static final PurchaseOrderId SHADE_ORDER = PurchaseOrderId.of("6b1c2d3e-0000-4000-8000-000000000002");
    private static final SupplierId NINGBO_LIGHTING = SupplierId.of("5a0b1c2d-0000-4000-8000-000000000001");
    private static final ProductId DESK_LAMP = ProductId.of("7d1e0f3a-0000-4000-8000-000000000001");
    private static final WarehouseCode NINGBO = WarehouseCode.of("NGB-1");
    private static final UnitOfMeasure CTN = UnitOfMeasure.of("CTN");
    private static final UnitOfMeasure PCS = UnitOfMeasure.of("PCS");
    private static final Username WANG = Username.of("wang");
    private static final LocalDate RECEIVED_ON = LocalDate.of(2025, 5, 12);
    private static final Instant RECEIVED_AT = Instant.parse("2025-05-12T09:00:00Z");

    @RegisterExtension
    static final ReadModelDatabase database = new ReadModelDatabase();

    private GoodsReceiptBookProjection projection;
    private GoodsReceiptQueries queries;

    @BeforeEach
    void emptyBook() {
        database.clear("goods_receipt_book");
        var book = new GoodsReceiptBook(database.jdbc());
        projection = new GoodsReceiptBookProjection(book);
        queries = new GoodsReceiptQueries(book);
    }

    @Test
    void a_receipt_shows_its_lines_received_rejected_and_accepted_without_returns() {
        projection.on(received(FIRST_RECEIPT, LAMP_ORDER), 0, RECEIVED_AT);

        assertThat(find(FIRST_RECEIPT))
                .isEqualTo(new GoodsReceiptView(
                        FIRST_RECEIPT,
                        LAMP_ORDER,
                        NINGBO_LIGHTING,
                        NINGBO,
                        List.of(lampLine()),
                        List.of(),
                        WANG,
                        RECEIVED_ON,
                        0,
                        RECEIVED_AT,
                        RECEIVED_AT));
    }

    @Test
    void returns_are_listed_in_the_order_they_were_made() {
        projection.on(received(FIRST_RECEIPT, LAMP_ORDER), 0, RECEIVED_AT);

        projection.on(returned("1", false, "rejected at inspection"), 1, RECEIVED_AT.plusSeconds(3600));
        projection.on(returned("2", true, "faulty switches"), 2, RECEIVED_AT.plusSeconds(7200));

        GoodsReceiptView receipt = find(FIRST_RECEIPT);
        assertThat(receipt.returns())
                .extracting(GoodsReturnView::reason, GoodsReturnView::at)
                .containsExactly(
                        tuple("rejected at inspection", RECEIVED_AT.plusSeconds(3600)),
                        tuple("faulty switches", RECEIVED_AT.plusSeconds(7200)));
        assertThat(receipt.returns().get(1).lines().get(0).fromStock()).isTrue();
        assertThat(receipt.version()).isEqualTo(2);
    }

    @Test
    void lists_receipts_newest_first_by_purchase_order_and_supplier() {
        projection.on(received(FIRST_RECEIPT, LAMP_ORDER), 0, RECEIVED_AT);
        projection.on(received(SECOND_RECEIPT, SHADE_ORDER), 0, RECEIVED_AT.plusSeconds(60));

        assertThat(ids(new ListGoodsReceipts(null, null, 0, 20))).containsExactly(SECOND_RECEIPT, FIRST_RECEIPT);
        assertThat(ids(new ListGoodsReceipts(LAMP_ORDER, null, 0, 20))).containsExactly(FIRST_RECEIPT);
        assertThat(ids(new ListGoodsReceipts(null, NINGBO_LIGHTING, 0, 20))).hasSize(2);
        assertThat(ids(new ListGoodsReceipts(null, SupplierId.generate(), 0, 20)))
                .isEmpty();
    }

    // The redelivered events differ from the ones applied, so that applying them again would show in the rows.
    @Test
    void events_the_receipt_already_holds_change_nothing() {
        projection.on(received(FIRST_RECEIPT, LAMP_ORDER), 0, RECEIVED_AT);
        projection.on(returned("1", false, "rejected at inspection"), 1, RECEIVED_AT.plusSeconds(3600));
        GoodsReceiptView once = find(FIRST_RECEIPT);

        projection.on(received(FIRST_RECEIPT, SHADE_ORDER), 0, RECEIVED_AT);
        projection.on(returned("2", true, "faulty switches"), 1, RECEIVED_AT.plusSeconds(3600));

        assertThat(find(FIRST_RECEIPT)).isEqualTo(once);
    }

    @Test
    void replaying_every_event_after_a_reset_gives_the_same_rows() {
        Runnable history = () -> {
            projection.on(received(FIRST_RECEIPT, LAMP_ORDER), 0, RECEIVED_AT);
            projection.on(returned("1", false, "rejected at inspection"), 1, RECEIVED_AT.plusSeconds(3600));
            projection.on(received(SECOND_RECEIPT, SHADE_ORDER), 0, RECEIVED_AT.plusSeconds(60));
        };
        history.run();
        var live = rows();

        projection.reset();
        assertThat(queries.handle(new FindGoodsReceipt(FIRST_RECEIPT))).isEmpty();
        history.run();

        assertThat(rows()).isEqualTo(live).hasSize(2);
    }

    private static ReceivedLine lampLine() {
        return new ReceivedLine(1, DESK_LAMP, qty("4"), qty("1"), qty("3"), CTN, qty("30"), PCS);
    }

    private static GoodsReceived received(GoodsReceiptId receipt, PurchaseOrderId order) {
        return new GoodsReceived(receipt, order, NINGBO_LIGHTING, NINGBO, List.of(lampLine()), WANG, RECEIVED_ON);
    }

    private static GoodsReturned returned(String cartons, boolean fromStock, String reason) {
        var line =
                new ReturnedLine(1, DESK_LAMP, qty(cartons), CTN, qty(cartons).multiply(BigDecimal.TEN), fromStock);
        return new GoodsReturned(
                FIRST_RECEIPT, LAMP_ORDER, NINGBO_LIGHTING, NINGBO, List.of(line), reason, WANG, RECEIVED_ON);
    }

    private static BigDecimal qty(String quantity) {
        return new BigDecimal(quantity);
    }

    private GoodsReceiptView find(GoodsReceiptId receipt) {
        return queries.handle(new FindGoodsReceipt(receipt)).orElseThrow();
    }

    private List<GoodsReceiptId> ids(ListGoodsReceipts query) {
        return queries.handle(query).items().stream().map(GoodsReceiptView::id).toList();
    }

    private List<String> rows() {
        return database.jdbc()
                .sql("select cast(to_jsonb(receipt) as text) from goods_receipt_book receipt order by receipt_id")
                .query(String.class)
                .list();
    }
}
