package com.tradeledger.billing;

import static com.tradeledger.billing.BillingEvents.ALICE;
import static com.tradeledger.billing.BillingEvents.CREDIT_NOTE_NUMBER;
import static com.tradeledger.billing.BillingEvents.DEPOSIT_DUE;
import static com.tradeledger.billing.BillingEvents.DEPOSIT_INVOICE;
import static com.tradeledger.billing.BillingEvents.DEPOSIT_NUMBER;
import static com.tradeledger.billing.BillingEvents.FINN;
import static com.tradeledger.billing.BillingEvents.FIRST_PAYMENT;
import static com.tradeledger.billing.BillingEvents.HAMBURG_IMPORTS;
import static com.tradeledger.billing.BillingEvents.ISSUED_AT;
import static com.tradeledger.billing.BillingEvents.LAMP_CONTRACT;
import static com.tradeledger.billing.BillingEvents.NORDIC;
import static com.tradeledger.billing.BillingEvents.OTHER_CONTRACT;
import static com.tradeledger.billing.BillingEvents.RECEIVED_ON;
import static com.tradeledger.billing.BillingEvents.SECOND_PAYMENT;
import static com.tradeledger.billing.BillingEvents.SHANGHAI_TEXTILES;
import static com.tradeledger.billing.BillingEvents.SHIPMENT_INVOICE;
import static com.tradeledger.billing.BillingEvents.SIGNED_ON;
import static com.tradeledger.billing.BillingEvents.THREE_PERCENT_TO_NORDIC;
import static com.tradeledger.billing.BillingEvents.cancelled;
import static com.tradeledger.billing.BillingEvents.commissionAccrued;
import static com.tradeledger.billing.BillingEvents.commissionClawedBack;
import static com.tradeledger.billing.BillingEvents.commissionPaid;
import static com.tradeledger.billing.BillingEvents.credited;
import static com.tradeledger.billing.BillingEvents.depositInvoiced;
import static com.tradeledger.billing.BillingEvents.eur;
import static com.tradeledger.billing.BillingEvents.hoursLater;
import static com.tradeledger.billing.BillingEvents.paymentApplied;
import static com.tradeledger.billing.BillingEvents.reminded;
import static com.tradeledger.billing.BillingEvents.settled;
import static com.tradeledger.billing.BillingEvents.shipmentInvoiced;
import static org.assertj.core.api.Assertions.assertThat;

import com.tradeledger.customers.CustomerId;
import com.tradeledger.shared.ContractId;
import com.tradeledger.shared.ReadModelDatabase;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class InvoiceBookTest {

    @RegisterExtension
    static final ReadModelDatabase database = new ReadModelDatabase();

    private InvoiceBookProjection projection;
    private BillingBookQueries queries;

    @BeforeEach
    void emptyBook() {
        database.clear("invoice_book");
        var book = new InvoiceBook(database.jdbc());
        projection = new InvoiceBookProjection(book);
        queries = new BillingBookQueries(book, new PaymentBook(database.jdbc()));
    }

    @Test
    void an_issued_invoice_is_open_for_its_whole_total_with_no_commission_earned_yet() {
        projection.on(depositInvoiced(), 0, ISSUED_AT);

        InvoiceIssued issued = depositInvoiced();
        assertThat(find(DEPOSIT_INVOICE))
                .isEqualTo(new InvoiceView(
                        DEPOSIT_INVOICE,
                        DEPOSIT_NUMBER,
                        InvoiceKind.DEPOSIT,
                        LAMP_CONTRACT,
                        null,
                        HAMBURG_IMPORTS,
                        ALICE,
                        issued.currency(),
                        issued.lines(),
                        eur("333.00"),
                        eur("0.00"),
                        eur("333.00"),
                        eur("0.00"),
                        eur("0.00"),
                        eur("333.00"),
                        InvoiceStatus.OPEN,
                        SIGNED_ON,
                        DEPOSIT_DUE,
                        null,
                        0,
                        null,
                        new InvoiceCommissionView(NORDIC, THREE_PERCENT_TO_NORDIC.rate(), eur("0"), eur("0"), eur("0")),
                        List.of(),
                        List.of(),
                        null,
                        0,
                        ISSUED_AT,
                        ISSUED_AT));
    }

    @Test
    void a_shipment_invoice_names_its_shipment_and_the_deposit_it_deducts() {
        projection.on(shipmentInvoiced(), 0, ISSUED_AT);

        InvoiceView invoice = find(SHIPMENT_INVOICE);
        assertThat(invoice.kind()).isEqualTo(InvoiceKind.SHIPMENT);
        assertThat(invoice.shipmentId()).isEqualTo(BillingEvents.LAMP_SHIPMENT);
        assertThat(invoice.goodsTotal()).isEqualTo(eur("570.00"));
        assertThat(invoice.depositApplied()).isEqualTo(eur("171.00"));
        assertThat(invoice.total()).isEqualTo(eur("399.00"));
        assertThat(invoice.outstanding()).isEqualTo(eur("399.00"));
        assertThat(invoice.commission()).isNull();
    }

    @Test
    void payments_applied_add_up_and_leave_what_the_invoice_says_is_outstanding() {
        projection.on(depositInvoiced(), 0, ISSUED_AT);

        projection.on(paymentApplied(DEPOSIT_INVOICE, FIRST_PAYMENT, "200.00", "133.00"), 1, hoursLater(1));
        projection.on(paymentApplied(DEPOSIT_INVOICE, SECOND_PAYMENT, "100.00", "33.00"), 2, hoursLater(2));

        InvoiceView invoice = find(DEPOSIT_INVOICE);
        assertThat(invoice.paid()).isEqualTo(eur("300.00"));
        assertThat(invoice.outstanding()).isEqualTo(eur("33.00"));
        assertThat(invoice.status()).isEqualTo(InvoiceStatus.OPEN);
        assertThat(invoice.payments())
                .containsExactly(
                        new AppliedPaymentView(FIRST_PAYMENT, eur("200.00"), RECEIVED_ON),
                        new AppliedPaymentView(SECOND_PAYMENT, eur("100.00"), RECEIVED_ON));
        assertThat(invoice.version()).isEqualTo(2);
    }

    @Test
    void a_credit_note_is_listed_and_reduces_what_is_outstanding() {
        projection.on(depositInvoiced(), 0, ISSUED_AT);

        projection.on(credited(DEPOSIT_INVOICE, "19.00", "314.00"), 1, hoursLater(1));

        InvoiceView invoice = find(DEPOSIT_INVOICE);
        assertThat(invoice.credited()).isEqualTo(eur("19.00"));
        assertThat(invoice.outstanding()).isEqualTo(eur("314.00"));
        assertThat(invoice.creditNotes())
                .containsExactly(new CreditNoteView(
                        CREDIT_NOTE_NUMBER, eur("19.00"), "two lamps arrived broken", FINN, LocalDate.of(2025, 4, 25)));
    }

    @Test
    void a_settled_invoice_shows_when_it_was_settled() {
        projection.on(depositInvoiced(), 0, ISSUED_AT);
        projection.on(paymentApplied(DEPOSIT_INVOICE, FIRST_PAYMENT, "333.00", "0.00"), 1, hoursLater(1));

        projection.on(settled(DEPOSIT_INVOICE, RECEIVED_ON), 2, hoursLater(2));

        InvoiceView invoice = find(DEPOSIT_INVOICE);
        assertThat(invoice.status()).isEqualTo(InvoiceStatus.SETTLED);
        assertThat(invoice.settledOn()).isEqualTo(RECEIVED_ON);
        assertThat(invoice.outstanding()).isEqualTo(eur("0.00"));
    }

    @Test
    void a_cancelled_invoice_owes_nothing_and_shows_why() {
        projection.on(depositInvoiced(), 0, ISSUED_AT);

        projection.on(cancelled(DEPOSIT_INVOICE), 1, hoursLater(1));

        InvoiceView invoice = find(DEPOSIT_INVOICE);
        assertThat(invoice.status()).isEqualTo(InvoiceStatus.CANCELLED);
        assertThat(invoice.cancellationReason()).isEqualTo("the contract was cancelled");
        assertThat(invoice.outstanding()).isEqualTo(eur("0.00"));
        assertThat(invoice.total()).isEqualTo(eur("333.00"));
    }

    @Test
    void each_dunning_reminder_raises_the_level_and_date_shown() {
        projection.on(depositInvoiced(), 0, ISSUED_AT);

        projection.on(reminded(DEPOSIT_INVOICE, 1, 1, "333.00"), 1, hoursLater(24 * 8));
        assertThat(find(DEPOSIT_INVOICE).dunningLevel()).isEqualTo(1);

        projection.on(reminded(DEPOSIT_INVOICE, 2, 15, "333.00"), 2, hoursLater(24 * 22));
        InvoiceView invoice = find(DEPOSIT_INVOICE);
        assertThat(invoice.dunningLevel()).isEqualTo(2);
        assertThat(invoice.lastRemindedOn()).isEqualTo(DEPOSIT_DUE.plusDays(15));
    }

    @Test
    void commission_accrued_clawed_back_and_paid_add_up_separately() {
        projection.on(depositInvoiced(), 0, ISSUED_AT);

        projection.on(paymentApplied(DEPOSIT_INVOICE, FIRST_PAYMENT, "200.00", "133.00"), 1, hoursLater(1));
        projection.on(commissionAccrued(DEPOSIT_INVOICE, FIRST_PAYMENT, "200.00", "6.00"), 2, hoursLater(1));
        projection.on(paymentApplied(DEPOSIT_INVOICE, SECOND_PAYMENT, "100.00", "33.00"), 3, hoursLater(2));
        projection.on(commissionAccrued(DEPOSIT_INVOICE, SECOND_PAYMENT, "100.00", "3.00"), 4, hoursLater(2));
        projection.on(credited(DEPOSIT_INVOICE, "19.00", "14.00"), 5, hoursLater(3));
        projection.on(commissionClawedBack(DEPOSIT_INVOICE, "19.00", "0.57"), 6, hoursLater(3));
        projection.on(commissionPaid(DEPOSIT_INVOICE, "8.43"), 7, hoursLater(4));

        assertThat(find(DEPOSIT_INVOICE).commission())
                .isEqualTo(new InvoiceCommissionView(
                        NORDIC, THREE_PERCENT_TO_NORDIC.rate(), eur("9.00"), eur("0.57"), eur("8.43")));
    }

    // The redelivered events differ from the ones applied, so that applying them again would show in the rows.
    @Test
    void events_with_the_sequence_number_the_invoice_already_holds_change_nothing() {
        projection.on(depositInvoiced(), 0, ISSUED_AT);
        projection.on(paymentApplied(DEPOSIT_INVOICE, FIRST_PAYMENT, "200.00", "133.00"), 1, hoursLater(1));
        projection.on(commissionAccrued(DEPOSIT_INVOICE, FIRST_PAYMENT, "200.00", "6.00"), 2, hoursLater(1));
        InvoiceView once = find(DEPOSIT_INVOICE);

        projection.on(
                depositInvoiced(DEPOSIT_INVOICE, DEPOSIT_NUMBER, OTHER_CONTRACT, SHANGHAI_TEXTILES, RECEIVED_ON),
                0,
                hoursLater(5));
        projection.on(paymentApplied(DEPOSIT_INVOICE, FIRST_PAYMENT, "200.00", "133.00"), 1, hoursLater(1));
        projection.on(commissionAccrued(DEPOSIT_INVOICE, FIRST_PAYMENT, "200.00", "6.00"), 2, hoursLater(1));
        projection.on(credited(DEPOSIT_INVOICE, "19.00", "114.00"), 2, hoursLater(5));

        assertThat(find(DEPOSIT_INVOICE)).isEqualTo(once);
        assertThat(once.paid()).isEqualTo(eur("200.00"));
        assertThat(once.commission().accrued()).isEqualTo(eur("6.00"));
    }

    @Test
    void an_event_older_than_the_invoice_changes_nothing() {
        projection.on(depositInvoiced(), 0, ISSUED_AT);
        projection.on(paymentApplied(DEPOSIT_INVOICE, FIRST_PAYMENT, "333.00", "0.00"), 1, hoursLater(1));
        projection.on(settled(DEPOSIT_INVOICE, RECEIVED_ON), 2, hoursLater(2));
        InvoiceView current = find(DEPOSIT_INVOICE);

        projection.on(cancelled(DEPOSIT_INVOICE), 1, hoursLater(1));
        projection.on(reminded(DEPOSIT_INVOICE, 1, 1, "333.00"), 0, hoursLater(1));

        assertThat(find(DEPOSIT_INVOICE)).isEqualTo(current);
    }

    @Test
    void a_reset_empties_the_book_for_a_rebuild() {
        projection.on(depositInvoiced(), 0, ISSUED_AT);

        projection.reset();

        assertThat(queries.handle(new FindInvoice(DEPOSIT_INVOICE))).isEmpty();
        assertThat(queries.handle(new ListInvoices(null, null, null, 0, 20)).total())
                .isZero();
    }

    @Test
    void replaying_every_event_after_a_reset_gives_the_same_rows() {
        Runnable history = () -> {
            projection.on(depositInvoiced(), 0, ISSUED_AT);
            projection.on(reminded(DEPOSIT_INVOICE, 1, 1, "333.00"), 1, hoursLater(1));
            projection.on(paymentApplied(DEPOSIT_INVOICE, FIRST_PAYMENT, "300.00", "33.00"), 2, hoursLater(2));
            projection.on(commissionAccrued(DEPOSIT_INVOICE, FIRST_PAYMENT, "300.00", "9.00"), 3, hoursLater(2));
            projection.on(credited(DEPOSIT_INVOICE, "33.00", "0.00"), 4, hoursLater(3));
            projection.on(commissionClawedBack(DEPOSIT_INVOICE, "33.00", "0.99"), 5, hoursLater(3));
            projection.on(settled(DEPOSIT_INVOICE, RECEIVED_ON), 6, hoursLater(3));
            projection.on(commissionPaid(DEPOSIT_INVOICE, "8.01"), 7, hoursLater(4));
            projection.on(shipmentInvoiced(), 0, hoursLater(5));
            projection.on(cancelled(SHIPMENT_INVOICE), 1, hoursLater(6));
        };
        history.run();
        var live = rows();

        projection.reset();
        history.run();

        assertThat(rows()).isEqualTo(live).hasSize(2);
    }

    @Test
    void an_unknown_invoice_is_not_found() {
        projection.on(depositInvoiced(), 0, ISSUED_AT);

        assertThat(queries.handle(new FindInvoice(SHIPMENT_INVOICE))).isEmpty();
    }

    @Test
    void lists_invoices_newest_first_as_summaries_with_the_total_that_matched() {
        issueFourInvoices();
        projection.on(paymentApplied(invoice(2), FIRST_PAYMENT, "100.00", "233.00"), 1, hoursLater(30));

        InvoicePage page = queries.handle(new ListInvoices(null, null, null, 0, 20));

        assertThat(page.items())
                .extracting(InvoiceSummary::id)
                .containsExactly(invoice(4), invoice(3), invoice(2), invoice(1));
        assertThat(page.total()).isEqualTo(4);
        assertThat(page.items().get(2))
                .isEqualTo(new InvoiceSummary(
                        invoice(2),
                        DocumentNumber.of("INV", 2025, 2),
                        InvoiceKind.DEPOSIT,
                        LAMP_CONTRACT,
                        SHANGHAI_TEXTILES,
                        InvoiceStatus.OPEN,
                        eur("333.00"),
                        eur("233.00"),
                        SIGNED_ON.plusDays(2),
                        SIGNED_ON.plusDays(9)));
    }

    @Test
    void lists_the_invoices_of_one_customer_one_contract_or_in_one_status_and_pages_through_them() {
        issueFourInvoices();
        projection.on(cancelled(invoice(3)), 1, hoursLater(30));

        assertThat(idsOf(new ListInvoices(SHANGHAI_TEXTILES, null, null, 0, 20)))
                .containsExactly(invoice(4), invoice(2));
        assertThat(idsOf(new ListInvoices(null, OTHER_CONTRACT, null, 0, 20))).containsExactly(invoice(4), invoice(3));
        assertThat(idsOf(new ListInvoices(null, null, InvoiceStatus.CANCELLED, 0, 20)))
                .containsExactly(invoice(3));
        assertThat(idsOf(new ListInvoices(SHANGHAI_TEXTILES, OTHER_CONTRACT, InvoiceStatus.OPEN, 0, 20)))
                .containsExactly(invoice(4));
        InvoicePage second = queries.handle(new ListInvoices(null, null, null, 1, 3));
        assertThat(second.items()).extracting(InvoiceSummary::id).containsExactly(invoice(1));
        assertThat(second.total()).isEqualTo(4);
    }

    /** Invoices 1 to 4, issued a day apart: for the lamp contract (1, 2) and the other (3, 4), alternating customers. */
    private void issueFourInvoices() {
        issue(1, LAMP_CONTRACT, HAMBURG_IMPORTS);
        issue(2, LAMP_CONTRACT, SHANGHAI_TEXTILES);
        issue(3, OTHER_CONTRACT, HAMBURG_IMPORTS);
        issue(4, OTHER_CONTRACT, SHANGHAI_TEXTILES);
    }

    private void issue(int number, ContractId contract, CustomerId customer) {
        var issued = depositInvoiced(
                invoice(number),
                DocumentNumber.of("INV", 2025, number),
                contract,
                customer,
                SIGNED_ON.plusDays(number));
        projection.on(issued, 0, hoursLater(24 * number));
    }

    private static InvoiceId invoice(int number) {
        return InvoiceId.of("1e5c7a90-0000-4000-8000-0000000001%02d".formatted(number));
    }

    private InvoiceView find(InvoiceId id) {
        return queries.handle(new FindInvoice(id)).orElseThrow();
    }

    private List<InvoiceId> idsOf(ListInvoices query) {
        return queries.handle(query).items().stream().map(InvoiceSummary::id).toList();
    }

    private List<Map<String, Object>> rows() {
        return database.jdbc()
                .sql("select * from invoice_book order by invoice_id")
                .query()
                .listOfRows();
    }
}
