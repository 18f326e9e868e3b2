package com.tradeledger.contracting;

import static com.tradeledger.contracting.ContractEvents.ALICE;
import static com.tradeledger.contracting.ContractEvents.BOB;
import static com.tradeledger.contracting.ContractEvents.CONCLUDED_AT;
import static com.tradeledger.contracting.ContractEvents.CONCLUDED_ON;
import static com.tradeledger.contracting.ContractEvents.END_OF_MAY;
import static com.tradeledger.contracting.ContractEvents.EUR;
import static com.tradeledger.contracting.ContractEvents.FIRST_SHIPMENT;
import static com.tradeledger.contracting.ContractEvents.FOB_NINGBO;
import static com.tradeledger.contracting.ContractEvents.HAMBURG_IMPORTS;
import static com.tradeledger.contracting.ContractEvents.LAMP_CONTRACT;
import static com.tradeledger.contracting.ContractEvents.LAMP_QUOTE;
import static com.tradeledger.contracting.ContractEvents.MANAGER;
import static com.tradeledger.contracting.ContractEvents.OTHER_CONTRACT;
import static com.tradeledger.contracting.ContractEvents.SECOND_SHIPMENT;
import static com.tradeledger.contracting.ContractEvents.SHANGHAI_TEXTILES;
import static com.tradeledger.contracting.ContractEvents.SIGNED_ON;
import static com.tradeledger.contracting.ContractEvents.THIRTY_PERCENT_DEPOSIT;
import static com.tradeledger.contracting.ContractEvents.THREE_PERCENT_TO_NORDIC;
import static com.tradeledger.contracting.ContractEvents.approved;
import static com.tradeledger.contracting.ContractEvents.cancelled;
import static com.tradeledger.contracting.ContractEvents.commissionAgreed;
import static com.tradeledger.contracting.ContractEvents.completed;
import static com.tradeledger.contracting.ContractEvents.concluded;
import static com.tradeledger.contracting.ContractEvents.deliveryScheduled;
import static com.tradeledger.contracting.ContractEvents.eur;
import static com.tradeledger.contracting.ContractEvents.hoursLater;
import static com.tradeledger.contracting.ContractEvents.lampContractConcluded;
import static com.tradeledger.contracting.ContractEvents.paymentTermsAgreed;
import static com.tradeledger.contracting.ContractEvents.rejected;
import static com.tradeledger.contracting.ContractEvents.shipmentRecorded;
import static com.tradeledger.contracting.ContractEvents.shipped;
import static com.tradeledger.contracting.ContractEvents.signed;
import static com.tradeledger.contracting.ContractEvents.submitted;
import static org.assertj.core.api.Assertions.assertThat;

import com.tradeledger.shared.ContractId;
import com.tradeledger.shared.Percentage;
import com.tradeledger.shared.ReadModelDatabase;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ContractBookTest {

    private static final LocalDate MID_MAY = LocalDate.of(2025, 5, 15);

    @RegisterExtension
    static final ReadModelDatabase database = new ReadModelDatabase();

    private ContractBookProjection projection;
    private ContractBookQueries queries;

    @BeforeEach
    void emptyBook() {
        database.clear("contract_book");
        database.clear("contract_line");
        var book = new ContractBook(database.jdbc());
        projection = new ContractBookProjection(book);
        queries = new ContractBookQueries(book);
    }

    @Test
    void a_concluded_contract_is_a_draft_with_the_quote_lines_and_nothing_shipped() {
        projection.on(lampContractConcluded(), 0, CONCLUDED_AT);

        assertThat(find(LAMP_CONTRACT))
                .isEqualTo(new ContractView(
                        LAMP_CONTRACT,
                        LAMP_QUOTE,
                        2,
                        HAMBURG_IMPORTS,
                        ALICE,
                        EUR,
                        FOB_NINGBO,
                        eur("1110.00"),
                        ContractStatus.DRAFT,
                        List.of(
                                new ContractLineView(
                                        1,
                                        ContractEvents.DESK_LAMP,
                                        ContractEvents.deskLamps().sku(),
                                        new BigDecimal("100"),
                                        BigDecimal.ZERO,
                                        new BigDecimal("100"),
                                        ContractEvents.PCS,
                                        eur("10.00"),
                                        Percentage.of("5"),
                                        eur("950.00"),
                                        false,
                                        new BigDecimal("100"),
                                        ContractEvents.PCS,
                                        null),
                                new ContractLineView(
                                        2,
                                        ContractEvents.LAMP_SHADE,
                                        ContractEvents.lampShades().sku(),
                                        new BigDecimal("50"),
                                        BigDecimal.ZERO,
                                        new BigDecimal("50"),
                                        ContractEvents.PCS,
                                        eur("3.20"),
                                        Percentage.ZERO,
                                        eur("160.00"),
                                        true,
                                        new BigDecimal("50"),
                                        ContractEvents.PCS,
                                        null)),
                        null,
                        null,
                        new ContractApprovalView(List.of(), null, null, null, null, null),
                        ALICE,
                        CONCLUDED_ON,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        0,
                        CONCLUDED_AT,
                        CONCLUDED_AT));
    }

    @Test
    void agreed_payment_terms_are_shown_and_replaced_by_later_ones() {
        projection.on(lampContractConcluded(), 0, CONCLUDED_AT);
        var cashInAdvance = new PaymentTerms(Percentage.of("100"), 0, BalanceTerms.AFTER_SHIPMENT, 0);

        projection.on(paymentTermsAgreed(LAMP_CONTRACT, cashInAdvance), 1, hoursLater(1));
        assertThat(find(LAMP_CONTRACT).paymentTerms()).isEqualTo(cashInAdvance);

        projection.on(paymentTermsAgreed(LAMP_CONTRACT, THIRTY_PERCENT_DEPOSIT), 2, hoursLater(2));
        ContractView contract = find(LAMP_CONTRACT);
        assertThat(contract.paymentTerms()).isEqualTo(THIRTY_PERCENT_DEPOSIT);
        assertThat(contract.version()).isEqualTo(2);
        assertThat(contract.changedAt()).isEqualTo(hoursLater(2));
    }

    @Test
    void an_agreed_commission_names_the_agent_and_rate_until_a_zero_rate_ends_it() {
        projection.on(lampContractConcluded(), 0, CONCLUDED_AT);

        projection.on(commissionAgreed(LAMP_CONTRACT, THREE_PERCENT_TO_NORDIC), 1, hoursLater(1));
        assertThat(find(LAMP_CONTRACT).commission()).isEqualTo(THREE_PERCENT_TO_NORDIC);

        var ended = new CommissionTerms(THREE_PERCENT_TO_NORDIC.agent(), Percentage.ZERO);
        projection.on(commissionAgreed(LAMP_CONTRACT, ended), 2, hoursLater(2));
        assertThat(find(LAMP_CONTRACT).commission()).isNull();
    }

    @Test
    void a_scheduled_delivery_dates_only_its_line_and_can_be_moved() {
        projection.on(lampContractConcluded(), 0, CONCLUDED_AT);

        projection.on(deliveryScheduled(LAMP_CONTRACT, 2, MID_MAY), 1, hoursLater(1));
        assertThat(find(LAMP_CONTRACT).lines())
                .extracting(ContractLineView::deliveryDate)
                .containsExactly(null, MID_MAY);

        projection.on(deliveryScheduled(LAMP_CONTRACT, 2, END_OF_MAY), 2, hoursLater(2));
        projection.on(deliveryScheduled(LAMP_CONTRACT, 1, MID_MAY), 3, hoursLater(3));
        ContractView contract = find(LAMP_CONTRACT);
        assertThat(contract.lines()).extracting(ContractLineView::deliveryDate).containsExactly(MID_MAY, END_OF_MAY);
        assertThat(contract.version()).isEqualTo(3);
    }

    @Test
    void a_submitted_contract_awaits_approval_for_its_reasons() {
        projection.on(lampContractConcluded(), 0, CONCLUDED_AT);

        projection.on(submitted(LAMP_CONTRACT, ApprovalReason.BELOW_FLOOR_LINE), 1, hoursLater(1));

        ContractView contract = find(LAMP_CONTRACT);
        assertThat(contract.status()).isEqualTo(ContractStatus.AWAITING_APPROVAL);
        assertThat(contract.approval())
                .isEqualTo(new ContractApprovalView(
                        List.of(ApprovalReason.BELOW_FLOOR_LINE), ALICE, null, null, null, null));
    }

    @Test
    void an_approved_contract_shows_its_approver_and_note() {
        projection.on(lampContractConcluded(), 0, CONCLUDED_AT);
        projection.on(submitted(LAMP_CONTRACT, ApprovalReason.BELOW_FLOOR_LINE), 1, hoursLater(1));

        projection.on(approved(LAMP_CONTRACT), 2, hoursLater(2));

        ContractView contract = find(LAMP_CONTRACT);
        assertThat(contract.status()).isEqualTo(ContractStatus.APPROVED);
        assertThat(contract.approval())
                .isEqualTo(new ContractApprovalView(
                        List.of(ApprovalReason.BELOW_FLOOR_LINE), ALICE, MANAGER, "strategic customer", null, null));
    }

    @Test
    void a_rejected_contract_is_a_draft_again_with_the_reason_until_it_is_submitted_anew() {
        projection.on(lampContractConcluded(), 0, CONCLUDED_AT);
        projection.on(submitted(LAMP_CONTRACT, ApprovalReason.BELOW_FLOOR_LINE), 1, hoursLater(1));

        projection.on(rejected(LAMP_CONTRACT), 2, hoursLater(2));
        ContractView contract = find(LAMP_CONTRACT);
        assertThat(contract.status()).isEqualTo(ContractStatus.DRAFT);
        assertThat(contract.approval().rejectedBy()).isEqualTo(MANAGER);
        assertThat(contract.approval().rejectionReason()).isEqualTo("the lamp shades sell too cheaply");

        projection.on(
                submitted(LAMP_CONTRACT, ApprovalReason.AMOUNT_OVER_THRESHOLD, ApprovalReason.BELOW_FLOOR_LINE),
                3,
                hoursLater(3));
        assertThat(find(LAMP_CONTRACT).approval())
                .isEqualTo(new ContractApprovalView(
                        List.of(ApprovalReason.AMOUNT_OVER_THRESHOLD, ApprovalReason.BELOW_FLOOR_LINE),
                        ALICE,
                        null,
                        null,
                        null,
                        null));
    }

    @Test
    void a_signed_contract_shows_who_signed_it_when_on_which_terms() {
        projection.on(lampContractConcluded(), 0, CONCLUDED_AT);

        projection.on(signed(LAMP_CONTRACT), 1, hoursLater(1));

        ContractView contract = find(LAMP_CONTRACT);
        assertThat(contract.status()).isEqualTo(ContractStatus.SIGNED);
        assertThat(contract.signedBy()).isEqualTo(MANAGER);
        assertThat(contract.signedOn()).isEqualTo(SIGNED_ON);
        assertThat(contract.paymentTerms()).isEqualTo(THIRTY_PERCENT_DEPOSIT);
        assertThat(contract.commission()).isEqualTo(THREE_PERCENT_TO_NORDIC);
        assertThat(contract.total()).isEqualTo(eur("1110.00"));
    }

    @Test
    void shipments_add_up_per_line_and_leave_the_rest_remaining() {
        givenLampContractSigned();

        projection.on(shipmentRecorded(LAMP_CONTRACT, FIRST_SHIPMENT, false, shipped(1, "40")), 2, hoursLater(2));
        projection.on(
                shipmentRecorded(LAMP_CONTRACT, SECOND_SHIPMENT, false, shipped(1, "25"), shipped(2, "50")),
                3,
                hoursLater(3));

        List<ContractLineView> lines = find(LAMP_CONTRACT).lines();
        assertThat(lines).extracting(ContractLineView::shipped).containsExactly(bd("65"), bd("50"));
        assertThat(lines).extracting(ContractLineView::remaining).containsExactly(bd("35"), bd("0"));
        assertThat(lines).extracting(ContractLineView::ordered).containsExactly(bd("100"), bd("50"));
    }

    @Test
    void a_cancelled_contract_shows_who_cancelled_it_why_and_when() {
        givenLampContractSigned();

        projection.on(cancelled(LAMP_CONTRACT), 2, hoursLater(2));

        ContractView contract = find(LAMP_CONTRACT);
        assertThat(contract.status()).isEqualTo(ContractStatus.CANCELLED);
        assertThat(contract.cancelledBy()).isEqualTo(ALICE);
        assertThat(contract.cancellationReason()).isEqualTo("the customer withdrew");
        assertThat(contract.cancelledOn()).isEqualTo(LocalDate.of(2025, 4, 20));
    }

    @Test
    void a_completed_contract_shows_when_it_was_completed() {
        givenLampContractSigned();
        projection.on(
                shipmentRecorded(LAMP_CONTRACT, FIRST_SHIPMENT, true, shipped(1, "100"), shipped(2, "50")),
                2,
                hoursLater(2));

        projection.on(completed(LAMP_CONTRACT), 3, hoursLater(3));

        ContractView contract = find(LAMP_CONTRACT);
        assertThat(contract.status()).isEqualTo(ContractStatus.COMPLETED);
        assertThat(contract.completedOn()).isEqualTo(LocalDate.of(2025, 7, 1));
    }

    // The redelivered events differ from the ones applied, so that applying them again would show in the rows.
    @Test
    void events_with_the_sequence_number_the_contract_already_holds_change_nothing() {
        givenLampContractSigned();
        projection.on(shipmentRecorded(LAMP_CONTRACT, FIRST_SHIPMENT, false, shipped(1, "40")), 2, hoursLater(2));
        ContractView once = find(LAMP_CONTRACT);

        projection.on(concluded(LAMP_CONTRACT, SHANGHAI_TEXTILES, BOB), 0, CONCLUDED_AT);
        projection.on(deliveryScheduled(LAMP_CONTRACT, 1, MID_MAY), 1, hoursLater(1));
        projection.on(shipmentRecorded(LAMP_CONTRACT, FIRST_SHIPMENT, false, shipped(1, "40")), 2, hoursLater(2));

        assertThat(find(LAMP_CONTRACT)).isEqualTo(once);
        assertThat(once.lines()).extracting(ContractLineView::shipped).containsExactly(bd("40"), bd("0"));
    }

    @Test
    void an_event_older_than_the_contract_changes_nothing() {
        projection.on(lampContractConcluded(), 0, CONCLUDED_AT);
        projection.on(submitted(LAMP_CONTRACT, ApprovalReason.BELOW_FLOOR_LINE), 1, hoursLater(1));
        projection.on(approved(LAMP_CONTRACT), 2, hoursLater(2));
        ContractView current = find(LAMP_CONTRACT);

        projection.on(rejected(LAMP_CONTRACT), 1, hoursLater(1));
        projection.on(paymentTermsAgreed(LAMP_CONTRACT, THIRTY_PERCENT_DEPOSIT), 0, CONCLUDED_AT);

        assertThat(find(LAMP_CONTRACT)).isEqualTo(current);
    }

    @Test
    void a_reset_empties_the_book_and_its_lines_for_a_rebuild() {
        givenLampContractSigned();

        projection.reset();

        assertThat(queries.handle(new FindContract(LAMP_CONTRACT))).isEmpty();
        assertThat(queries.handle(new ListContracts(null, null, null, 0, 20)).total())
                .isZero();
        assertThat(database.jdbc()
                        .sql("select count(*) from contract_line")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void replaying_every_event_after_a_reset_gives_the_same_rows() {
        Runnable history = () -> {
            projection.on(lampContractConcluded(), 0, CONCLUDED_AT);
            projection.on(paymentTermsAgreed(LAMP_CONTRACT, THIRTY_PERCENT_DEPOSIT), 1, hoursLater(1));
            projection.on(commissionAgreed(LAMP_CONTRACT, THREE_PERCENT_TO_NORDIC), 2, hoursLater(2));
            projection.on(deliveryScheduled(LAMP_CONTRACT, 1, MID_MAY), 3, hoursLater(3));
            projection.on(deliveryScheduled(LAMP_CONTRACT, 2, END_OF_MAY), 4, hoursLater(4));
            projection.on(submitted(LAMP_CONTRACT, ApprovalReason.BELOW_FLOOR_LINE), 5, hoursLater(5));
            projection.on(rejected(LAMP_CONTRACT), 6, hoursLater(6));
            projection.on(submitted(LAMP_CONTRACT, ApprovalReason.BELOW_FLOOR_LINE), 7, hoursLater(7));
            projection.on(approved(LAMP_CONTRACT), 8, hoursLater(8));
            projection.on(signed(LAMP_CONTRACT), 9, hoursLater(9));
            projection.on(shipmentRecorded(LAMP_CONTRACT, FIRST_SHIPMENT, false, shipped(1, "40")), 10, hoursLater(10));
            projection.on(
                    shipmentRecorded(LAMP_CONTRACT, SECOND_SHIPMENT, true, shipped(1, "60"), shipped(2, "50")),
                    11,
                    hoursLater(11));
            projection.on(completed(LAMP_CONTRACT), 12, hoursLater(12));
            projection.on(concluded(OTHER_CONTRACT, SHANGHAI_TEXTILES, BOB), 0, hoursLater(13));
            projection.on(cancelled(OTHER_CONTRACT), 1, hoursLater(14));
        };
        history.run();
        var live = rows();

        projection.reset();
        history.run();

        assertThat(rows()).isEqualTo(live);
        assertThat(live.get("contract_book")).hasSize(2);
        assertThat(live.get("contract_line")).hasSize(4);
    }

    @Test
    void an_unknown_contract_is_not_found() {
        projection.on(lampContractConcluded(), 0, CONCLUDED_AT);

        assertThat(queries.handle(new FindContract(OTHER_CONTRACT))).isEmpty();
    }

    @Test
    void lists_contracts_newest_first_as_summaries_with_the_total_that_matched() {
        concludeFiveContracts();
        projection.on(signed(contract(3)), 1, hoursLater(30));

        ContractPage page = queries.handle(new ListContracts(null, null, null, 0, 20));

        assertThat(page.items())
                .extracting(ContractSummary::id)
                .containsExactly(contract(5), contract(4), contract(3), contract(2), contract(1));
        assertThat(page.total()).isEqualTo(5);
        assertThat(page.items().get(2))
                .isEqualTo(new ContractSummary(
                        contract(3),
                        HAMBURG_IMPORTS,
                        BOB,
                        ContractStatus.SIGNED,
                        eur("1110.00"),
                        CONCLUDED_ON,
                        SIGNED_ON,
                        hoursLater(30)));
    }

    @Test
    void lists_the_contracts_of_one_customer_one_salesperson_or_one_status() {
        concludeFiveContracts();
        projection.on(signed(contract(4)), 1, hoursLater(30));

        assertThat(idsOf(new ListContracts(SHANGHAI_TEXTILES, null, null, 0, 20)))
                .containsExactly(contract(4), contract(2));
        assertThat(idsOf(new ListContracts(null, BOB, null, 0, 20))).containsExactly(contract(4), contract(3));
        assertThat(idsOf(new ListContracts(null, null, ContractStatus.SIGNED, 0, 20)))
                .containsExactly(contract(4));
        assertThat(idsOf(new ListContracts(SHANGHAI_TEXTILES, ALICE, ContractStatus.SIGNED, 0, 20)))
                .isEmpty();
    }

    @Test
    void pages_through_the_book() {
        concludeFiveContracts();

        ContractPage second = queries.handle(new ListContracts(null, null, null, 1, 2));

        assertThat(second.items()).extracting(ContractSummary::id).containsExactly(contract(3), contract(2));
        assertThat(second.page()).isEqualTo(1);
        assertThat(second.size()).isEqualTo(2);
        assertThat(second.total()).isEqualTo(5);
    }

    private void givenLampContractSigned() {
        projection.on(lampContractConcluded(), 0, CONCLUDED_AT);
        projection.on(signed(LAMP_CONTRACT), 1, hoursLater(1));
    }

    /** Contracts 1 to 5, concluded an hour apart: Alice's and Bob's, for Hamburg Imports and Shanghai Textiles. */
    private void concludeFiveContracts() {
        projection.on(concluded(contract(1), HAMBURG_IMPORTS, ALICE), 0, hoursLater(1));
        projection.on(concluded(contract(2), SHANGHAI_TEXTILES, ALICE), 0, hoursLater(2));
        projection.on(concluded(contract(3), HAMBURG_IMPORTS, BOB), 0, hoursLater(3));
        projection.on(concluded(contract(4), SHANGHAI_TEXTILES, BOB), 0, hoursLater(4));
        projection.on(concluded(contract(5), HAMBURG_IMPORTS, ALICE), 0, hoursLater(5));
    }

    private static ContractId contract(int number) {
        return ContractId.of("c0a7e1d2-0000-4000-8000-0000000001%02d".formatted(number));
    }

    private static BigDecimal bd(String value) {
        return new BigDecimal(value);
    }

    private ContractView find(ContractId id) {
        return queries.handle(new FindContract(id)).orElseThrow();
    }

    private List<ContractId> idsOf(ListContracts query) {
        return queries.handle(query).items().stream().map(ContractSummary::id).toList();
    }

    private Map<String, List<Map<String, Object>>> rows() {
        return Map.of(
                "contract_book",
                database.jdbc()
                        .sql("select * from contract_book order by contract_id")
                        .query()
                        .listOfRows(),
                "contract_line",
                database.jdbc()
                        .sql("select * from contract_line order by contract_id, line_number")
                        .query()
                        .listOfRows());
    }
}
