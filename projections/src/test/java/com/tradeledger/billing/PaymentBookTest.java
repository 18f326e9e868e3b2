package com.tradeledger.billing;

import static com.tradeledger.billing.BillingEvents.DEPOSIT_INVOICE;
import static com.tradeledger.billing.BillingEvents.FINN;
import static com.tradeledger.billing.BillingEvents.FIRST_PAYMENT;
import static com.tradeledger.billing.BillingEvents.HAMBURG_IMPORTS;
import static com.tradeledger.billing.BillingEvents.ISSUED_AT;
import static com.tradeledger.billing.BillingEvents.RECEIVED_ON;
import static com.tradeledger.billing.BillingEvents.SECOND_PAYMENT;
import static com.tradeledger.billing.BillingEvents.SHANGHAI_TEXTILES;
import static com.tradeledger.billing.BillingEvents.SHIPMENT_INVOICE;
import static com.tradeledger.billing.BillingEvents.allocated;
import static com.tradeledger.billing.BillingEvents.creditRecorded;
import static com.tradeledger.billing.BillingEvents.eur;
import static com.tradeledger.billing.BillingEvents.hoursLater;
import static com.tradeledger.billing.BillingEvents.paymentReceived;
import static org.assertj.core.api.Assertions.assertThat;

import com.tradeledger.customers.CustomerId;
import com.tradeledger.shared.Money;
import com.tradeledger.shared.ReadModelDatabase;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class PaymentBookTest {

    @RegisterExtension
    static final ReadModelDatabase database = new ReadModelDatabase();

    private PaymentBookProjection projection;
    private BillingBookQueries queries;

    @BeforeEach
    void emptyBook() {
        database.clear("payment_book");
        var book = new PaymentBook(database.jdbc());
        projection = new PaymentBookProjection(book);
        queries = new BillingBookQueries(new InvoiceBook(database.jdbc()), book);
    }

    @Test
    void a_received_payment_is_in_the_book_with_its_rate_unallocated_and_no_credit_left() {
        projection.on(paymentReceived(), 0, ISSUED_AT);

        assertThat(find(FIRST_PAYMENT))
                .isEqualTo(new PaymentView(
                        FIRST_PAYMENT,
                        HAMBURG_IMPORTS,
                        eur("500.00"),
                        "DEUTDEFF-20250418-001",
                        RECEIVED_ON,
                        new BigDecimal("7.8"),
                        Money.of("3900.00", "CNY"),
                        FINN,
                        List.of(),
                        eur("0.00"),
                        0,
                        ISSUED_AT,
                        ISSUED_AT));
    }

    @Test
    void allocations_are_listed_in_order_with_their_rate_and_what_they_settled() {
        projection.on(paymentReceived(), 0, ISSUED_AT);
        var inDollars = new PaymentAllocated(
                FIRST_PAYMENT, SHIPMENT_INVOICE, eur("100.00"), new BigDecimal("1.0850"), Money.of("108.50", "USD"));

        projection.on(allocated(FIRST_PAYMENT, DEPOSIT_INVOICE, "333.00"), 1, hoursLater(1));
        projection.on(inDollars, 2, hoursLater(1));

        PaymentView payment = find(FIRST_PAYMENT);
        assertThat(payment.allocations())
                .containsExactly(
                        new PaymentAllocationView(DEPOSIT_INVOICE, eur("333.00"), BigDecimal.ONE, eur("333.00")),
                        new PaymentAllocationView(
                                SHIPMENT_INVOICE, eur("100.00"), new BigDecimal("1.0850"), Money.of("108.50", "USD")));
        assertThat(payment.version()).isEqualTo(2);
        assertThat(payment.changedAt()).isEqualTo(hoursLater(1));
    }

    @Test
    void what_the_allocations_left_over_is_the_customers_credit() {
        projection.on(paymentReceived(), 0, ISSUED_AT);
        projection.on(allocated(FIRST_PAYMENT, DEPOSIT_INVOICE, "333.00"), 1, hoursLater(1));

        projection.on(creditRecorded(FIRST_PAYMENT, "167.00"), 2, hoursLater(1));

        assertThat(find(FIRST_PAYMENT).creditLeft()).isEqualTo(eur("167.00"));
    }

    // The redelivered events differ from the ones applied, so that applying them again would show in the rows.
    @Test
    void events_with_the_sequence_number_the_payment_already_holds_change_nothing() {
        projection.on(paymentReceived(), 0, ISSUED_AT);
        projection.on(allocated(FIRST_PAYMENT, DEPOSIT_INVOICE, "333.00"), 1, hoursLater(1));
        projection.on(creditRecorded(FIRST_PAYMENT, "167.00"), 2, hoursLater(1));
        PaymentView once = find(FIRST_PAYMENT);

        projection.on(paymentReceived(FIRST_PAYMENT, SHANGHAI_TEXTILES, RECEIVED_ON.plusDays(1)), 0, hoursLater(5));
        projection.on(allocated(FIRST_PAYMENT, SHIPMENT_INVOICE, "100.00"), 1, hoursLater(5));
        projection.on(creditRecorded(FIRST_PAYMENT, "167.00"), 2, hoursLater(5));
        projection.on(creditRecorded(FIRST_PAYMENT, "1.00"), 1, hoursLater(5));

        assertThat(find(FIRST_PAYMENT)).isEqualTo(once);
        assertThat(once.allocations()).hasSize(1);
    }

    @Test
    void a_reset_empties_the_book_for_a_rebuild() {
        projection.on(paymentReceived(), 0, ISSUED_AT);

        projection.reset();

        assertThat(queries.handle(new FindPayment(FIRST_PAYMENT))).isEmpty();
        assertThat(queries.handle(new ListPayments(null, 0, 20)).total()).isZero();
    }

    @Test
    void replaying_every_event_after_a_reset_gives_the_same_rows() {
        Runnable history = () -> {
            projection.on(paymentReceived(), 0, ISSUED_AT);
            projection.on(allocated(FIRST_PAYMENT, DEPOSIT_INVOICE, "333.00"), 1, hoursLater(1));
            projection.on(allocated(FIRST_PAYMENT, SHIPMENT_INVOICE, "100.00"), 2, hoursLater(1));
            projection.on(creditRecorded(FIRST_PAYMENT, "67.00"), 3, hoursLater(1));
            projection.on(paymentReceived(SECOND_PAYMENT, SHANGHAI_TEXTILES, RECEIVED_ON), 0, hoursLater(2));
        };
        history.run();
        var live = rows();

        projection.reset();
        history.run();

        assertThat(rows()).isEqualTo(live).hasSize(2);
    }

    @Test
    void an_unknown_payment_is_not_found() {
        projection.on(paymentReceived(), 0, ISSUED_AT);

        assertThat(queries.handle(new FindPayment(SECOND_PAYMENT))).isEmpty();
    }

    @Test
    void lists_payments_newest_received_first_of_one_customer_or_of_all() {
        receive(1, HAMBURG_IMPORTS);
        receive(2, SHANGHAI_TEXTILES);
        receive(3, HAMBURG_IMPORTS);

        assertThat(idsOf(new ListPayments(null, 0, 20))).containsExactly(payment(3), payment(2), payment(1));
        assertThat(idsOf(new ListPayments(HAMBURG_IMPORTS, 0, 20))).containsExactly(payment(3), payment(1));
        PaymentPage second = queries.handle(new ListPayments(null, 1, 2));
        assertThat(second.items()).extracting(PaymentView::id).containsExactly(payment(1));
        assertThat(second.total()).isEqualTo(3);
        assertThat(second.page()).isEqualTo(1);
        assertThat(second.size()).isEqualTo(2);
    }

    // Recorded in the reverse order of the day received: the list follows the day received.
    private void receive(int number, CustomerId customer) {
        projection.on(
                paymentReceived(payment(number), customer, RECEIVED_ON.plusDays(number)), 0, hoursLater(10 - number));
    }

    private static PaymentId payment(int number) {
        return PaymentId.of("3f2b8d41-0000-4000-8000-0000000001%02d".formatted(number));
    }

    private PaymentView find(PaymentId id) {
        return queries.handle(new FindPayment(id)).orElseThrow();
    }

    private List<PaymentId> idsOf(ListPayments query) {
        return queries.handle(query).items().stream().map(PaymentView::id).toList();
    }

    private List<Map<String, Object>> rows() {
        return database.jdbc()
                .sql("select * from payment_book order by payment_id")
                .query()
                .listOfRows();
    }
}
