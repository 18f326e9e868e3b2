package com.tradeledger.history;

import static com.tradeledger.history.HistoryEvents.ALICE;
import static com.tradeledger.history.HistoryEvents.HAMBURG;
import static com.tradeledger.history.HistoryEvents.HAMBURG_DUPLICATE;
import static com.tradeledger.history.HistoryEvents.LAMP_CONTRACT;
import static com.tradeledger.history.HistoryEvents.LAMP_INVOICE;
import static com.tradeledger.history.HistoryEvents.LAMP_QUOTE;
import static com.tradeledger.history.HistoryEvents.LYON;
import static com.tradeledger.history.HistoryEvents.NINGBO_ORDER;
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
import static com.tradeledger.history.HistoryEvents.registered;
import static com.tradeledger.history.HistoryEvents.revised;
import static com.tradeledger.history.HistoryEvents.signed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tradeledger.customers.CustomerCode;
import com.tradeledger.customers.CustomerHandedOver;
import com.tradeledger.customers.CustomerId;
import com.tradeledger.customers.CustomerMerged;
import com.tradeledger.shared.ReadModelDatabase;
import com.tradeledger.shared.ShipmentId;
import com.tradeledger.shared.UnknownSortField;
import com.tradeledger.shared.Username;
import com.tradeledger.shipping.ShipmentPlanned;
import com.tradeledger.stock.WarehouseCode;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class CustomerHistoryTest {

    private static final ShipmentId LAMP_SHIPMENT = ShipmentId.of("5b1d0c9e-0000-4000-8000-000000000001");

    @RegisterExtension
    static final ReadModelDatabase database = new ReadModelDatabase();

    private CustomerHistoryProjection projection;
    private CustomerHistoryQueries queries;
    private HistoryLog log;

    @BeforeEach
    void noHistories() {
        database.clear(
                "customer_history_entry, customer_history_count, customer_history_subject, customer_history_merge");
        // Exports stream through RowStreams; these tests read pages, the HTTP test reads the CSV.
        var histories = new CustomerHistoryBook(database.jdbc(), null);
        projection = new CustomerHistoryProjection(histories, new GlobalIndexes(database.jdbc()));
        queries = new CustomerHistoryQueries(histories);
        log = new HistoryLog((message, token) -> projection.on(message.getPayload(), message, token));
    }

    @Test
    void an_entry_says_what_happened_to_which_aggregate_who_did_it_when_and_in_which_request() {
        log.append("Customer", HAMBURG, registered(HAMBURG, "HAMBURG-1"), "alice");
        log.append("Quote", LAMP_QUOTE, drafted(LAMP_QUOTE, HAMBURG), "alice");
        long issued = log.append("Quote", LAMP_QUOTE, issued(LAMP_QUOTE, 1, "12400.00"), "bob");

        assertThat(all(HAMBURG).get(2))
                .isEqualTo(new HistoryEntryView(
                        issued,
                        HistoryLog.at(issued),
                        "QuoteIssued",
                        "Quote",
                        LAMP_QUOTE.toString(),
                        1,
                        "bob",
                        "request-" + issued,
                        "Quote 9a4f2c6e issued (revision 1), 12400.00 USD"));
    }

    @Test
    void a_customer_history_follows_its_quotes_contracts_shipments_invoices_and_payments_in_global_order() {
        log.append("Customer", HAMBURG, registered(HAMBURG, "HAMBURG-1"), "alice");
        log.append("Customer", LYON, registered(LYON, "LYON-1"), "sam");
        log.append("Quote", LAMP_QUOTE, drafted(LAMP_QUOTE, HAMBURG), "alice");
        log.append("Quote", SHADE_QUOTE, drafted(SHADE_QUOTE, LYON), "sam");
        log.append("Quote", LAMP_QUOTE, issued(LAMP_QUOTE, 1, "12400.00"), "alice");
        log.append("Contract", LAMP_CONTRACT, concluded(LAMP_CONTRACT, LAMP_QUOTE, HAMBURG, "12400.00"), "alice");
        log.append("Contract", LAMP_CONTRACT, signed(LAMP_CONTRACT, HAMBURG, "12400.00"), "alice");
        log.append("PurchaseOrder", NINGBO_ORDER, orderPlaced(), "paula");
        log.append(
                "Shipment",
                LAMP_SHIPMENT,
                new ShipmentPlanned(LAMP_SHIPMENT, LAMP_CONTRACT, HAMBURG, WarehouseCode.of("NGB-1"), List.of(), ALICE),
                "walt");
        log.append("Invoice", LAMP_INVOICE, invoiced(LAMP_INVOICE, LAMP_CONTRACT, HAMBURG, "3720.00"), "fiona");
        log.append("Payment", WIRE, received(HAMBURG, "3720.00"), "fiona");
        log.append("Payment", WIRE, allocated(LAMP_INVOICE, "3720.00"), "fiona");
        log.append("Invoice", LAMP_INVOICE, applied(LAMP_INVOICE, LAMP_CONTRACT, HAMBURG, "3720.00"), "fiona");

        assertThat(all(HAMBURG))
                .extracting(HistoryEntryView::eventType)
                .containsExactly(
                        "CustomerRegistered",
                        "QuoteDrafted",
                        "QuoteIssued",
                        "ContractConcluded",
                        "ContractSigned",
                        "ShipmentPlanned",
                        "InvoiceIssued",
                        "PaymentReceived",
                        "PaymentAllocated",
                        "InvoicePaymentApplied");
        assertThat(all(HAMBURG)).extracting(HistoryEntryView::position).isSorted();
        assertThat(all(LYON))
                .extracting(HistoryEntryView::eventType)
                .containsExactly("CustomerRegistered", "QuoteDrafted");
    }

    @Test
    void a_handover_is_in_the_history_and_the_history_stays_with_the_customer() {
        log.append("Customer", HAMBURG, registered(HAMBURG, "HAMBURG-1"), "alice");
        log.append("Quote", LAMP_QUOTE, drafted(LAMP_QUOTE, HAMBURG), "alice");
        log.append(
                "Customer",
                HAMBURG,
                new CustomerHandedOver(HAMBURG, ALICE, Username.of("bob"), "alice moved to Lyon"),
                "max");
        log.append("Quote", LAMP_QUOTE, revised(LAMP_QUOTE, 2), "bob");

        assertThat(all(HAMBURG))
                .extracting(HistoryEntryView::summary)
                .containsExactly(
                        "Customer HAMBURG-1 Hamburg Imports GmbH registered, grade B, salesperson alice, credit limit"
                                + " 500000.00 USD",
                        "Quote 9a4f2c6e drafted in USD, valid until " + TODAY,
                        "Customer handed over from alice to bob: alice moved to Lyon",
                        "Quote 9a4f2c6e revised to revision 2: customer asked for a lower price");
        assertThat(all(HAMBURG).get(2).who()).isEqualTo("max");
    }

    @Test
    void the_survivor_of_a_merge_shows_the_duplicates_past_and_what_happens_to_its_records_afterwards() {
        log.append("Customer", HAMBURG, registered(HAMBURG, "HAMBURG-1"), "alice");
        log.append("Customer", HAMBURG_DUPLICATE, registered(HAMBURG_DUPLICATE, "HAMBURG-2"), "bob");
        log.append("Quote", SHADE_QUOTE, drafted(SHADE_QUOTE, HAMBURG_DUPLICATE), "bob");
        log.append("Quote", LAMP_QUOTE, drafted(LAMP_QUOTE, HAMBURG), "alice");
        log.append("Customer", HAMBURG_DUPLICATE, merged(HAMBURG_DUPLICATE, HAMBURG), "max");
        log.append("Quote", SHADE_QUOTE, issued(SHADE_QUOTE, 1, "900.00"), "bob");

        assertThat(all(HAMBURG))
                .extracting(HistoryEntryView::eventType, HistoryEntryView::aggregateId)
                .containsExactly(
                        tuple("CustomerRegistered", HAMBURG),
                        tuple("CustomerRegistered", HAMBURG_DUPLICATE),
                        tuple("QuoteDrafted", SHADE_QUOTE),
                        tuple("QuoteDrafted", LAMP_QUOTE),
                        tuple("CustomerMerged", HAMBURG_DUPLICATE),
                        tuple("QuoteIssued", SHADE_QUOTE));
        assertThat(all(HAMBURG_DUPLICATE))
                .extracting(HistoryEntryView::eventType)
                .containsExactly("CustomerRegistered", "QuoteDrafted", "CustomerMerged", "QuoteIssued");
        assertThat(page(HistoryFilter.everything(), 0, 2).total()).isEqualTo(6);
        assertThat(page(new HistoryFilter(List.of("QuoteDrafted"), null, null, null), 0, 2)
                        .total())
                .isEqualTo(2);
    }

    @Test
    void a_customer_merged_into_one_merged_later_shows_under_the_last_survivor() {
        log.append("Customer", HAMBURG_DUPLICATE, registered(HAMBURG_DUPLICATE, "HAMBURG-2"), "bob");
        log.append("Customer", HAMBURG, registered(HAMBURG, "HAMBURG-1"), "alice");
        log.append("Customer", LYON, registered(LYON, "LYON-1"), "sam");
        log.append("Customer", HAMBURG_DUPLICATE, merged(HAMBURG_DUPLICATE, HAMBURG), "max");
        log.append("Customer", HAMBURG, merged(HAMBURG, LYON), "max");

        assertThat(all(LYON)).extracting(HistoryEntryView::position).containsExactly(1L, 2L, 3L, 4L, 5L);
    }

    @Test
    void pages_filter_by_event_type_and_dates_newest_or_oldest_first() {
        log.append("Customer", HAMBURG, registered(HAMBURG, "HAMBURG-1"), "alice");
        log.append("Quote", LAMP_QUOTE, drafted(LAMP_QUOTE, HAMBURG), "alice");
        log.append("Quote", LAMP_QUOTE, issued(LAMP_QUOTE, 1, "12400.00"), "alice");
        log.append("Quote", LAMP_QUOTE, revised(LAMP_QUOTE, 2), "alice");
        log.append("Quote", LAMP_QUOTE, issued(LAMP_QUOTE, 2, "11800.00"), "alice");

        CustomerHistoryPage newest = page(new HistoryFilter(List.of(), null, null, "-position"), 0, 2);
        assertThat(newest.total()).isEqualTo(5);
        assertThat(newest.items()).extracting(HistoryEntryView::position).containsExactly(5L, 4L);
        assertThat(page(new HistoryFilter(List.of(), null, null, "-position"), 2, 2)
                        .items())
                .extracting(HistoryEntryView::position)
                .containsExactly(1L);

        CustomerHistoryPage issues = page(new HistoryFilter(List.of("QuoteIssued"), null, null, null), 0, 20);
        assertThat(issues.total()).isEqualTo(2);
        assertThat(issues.items()).extracting(HistoryEntryView::position).containsExactly(3L, 5L);

        // Hour 1 to 5 after 08:00 on the first: entries 1 to 5 fall on the first; the range is by whole days.
        assertThat(page(new HistoryFilter(List.of(), TODAY, TODAY, null), 0, 20).total())
                .isEqualTo(5);
        assertThat(page(new HistoryFilter(List.of(), TODAY.plusDays(1), null, null), 0, 20)
                        .total())
                .isZero();
        assertThat(page(new HistoryFilter(List.of(), null, TODAY.minusDays(1), null), 0, 20)
                        .total())
                .isZero();
        assertThatThrownBy(() -> page(new HistoryFilter(List.of(), null, null, "summary"), 0, 20))
                .isInstanceOf(UnknownSortField.class);
    }

    @Test
    void a_redelivered_event_changes_nothing() {
        log.append("Customer", HAMBURG, registered(HAMBURG, "HAMBURG-1"), "alice");
        log.append("Quote", LAMP_QUOTE, drafted(LAMP_QUOTE, HAMBURG), "alice");
        log.append("Customer", HAMBURG_DUPLICATE, registered(HAMBURG_DUPLICATE, "HAMBURG-2"), "bob");
        log.append("Customer", HAMBURG_DUPLICATE, merged(HAMBURG_DUPLICATE, HAMBURG), "max");
        var once = rows();

        log.deliver(1);
        log.deliver(2);
        log.deliver(4);

        assertThat(rows()).isEqualTo(once);
        assertThat(page(HistoryFilter.everything(), 0, 1).total()).isEqualTo(4);
    }

    @Test
    void replaying_every_event_after_a_reset_gives_the_same_rows() {
        log.append("Customer", HAMBURG, registered(HAMBURG, "HAMBURG-1"), "alice");
        log.append("Customer", HAMBURG_DUPLICATE, registered(HAMBURG_DUPLICATE, "HAMBURG-2"), "bob");
        log.append("Quote", LAMP_QUOTE, drafted(LAMP_QUOTE, HAMBURG_DUPLICATE), "bob");
        log.append("Customer", HAMBURG_DUPLICATE, merged(HAMBURG_DUPLICATE, HAMBURG), "max");
        log.append("Contract", LAMP_CONTRACT, concluded(LAMP_CONTRACT, LAMP_QUOTE, HAMBURG_DUPLICATE, "900.00"), "bob");
        var live = rows();

        projection.reset();
        assertThat(all(HAMBURG)).isEmpty();
        log.replay();

        assertThat(rows()).isEqualTo(live);
    }

    private static CustomerMerged merged(CustomerId duplicate, CustomerId survivor) {
        return new CustomerMerged(duplicate, CustomerCode.of("DUP"), ALICE, survivor, "same company");
    }

    private static org.assertj.core.groups.Tuple tuple(String type, Object aggregateId) {
        return org.assertj.core.groups.Tuple.tuple(type, aggregateId.toString());
    }

    private List<HistoryEntryView> all(CustomerId customer) {
        return queries.handle(new ListCustomerHistory(customer, HistoryFilter.everything(), 0, 200))
                .items();
    }

    private CustomerHistoryPage page(HistoryFilter filter, int page, int size) {
        return queries.handle(new ListCustomerHistory(HAMBURG, filter, page, size));
    }

    private List<String> rows() {
        return database.jdbc().sql("""
                        select cast(to_jsonb(entry) as text) from customer_history_entry entry
                        union all select cast(to_jsonb(subject) as text) from customer_history_subject subject
                        union all select cast(to_jsonb(merge) as text) from customer_history_merge merge
                        union all select cast(to_jsonb(counted) as text) from customer_history_count counted
                        order by 1""").query(String.class).list();
    }
}
