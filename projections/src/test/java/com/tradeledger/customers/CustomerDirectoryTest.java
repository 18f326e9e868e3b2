package com.tradeledger.customers;

import static com.tradeledger.customers.CustomerEvents.ALICE;
import static com.tradeledger.customers.CustomerEvents.BOB;
import static com.tradeledger.customers.CustomerEvents.HAMBURG_IMPORTS;
import static com.tradeledger.customers.CustomerEvents.HANSE_TRADING;
import static com.tradeledger.customers.CustomerEvents.REGISTERED_AT;
import static com.tradeledger.customers.CustomerEvents.creditLimitSet;
import static com.tradeledger.customers.CustomerEvents.customer;
import static com.tradeledger.customers.CustomerEvents.deactivated;
import static com.tradeledger.customers.CustomerEvents.gradeChanged;
import static com.tradeledger.customers.CustomerEvents.hamburgImports;
import static com.tradeledger.customers.CustomerEvents.handedOver;
import static com.tradeledger.customers.CustomerEvents.hoursLater;
import static com.tradeledger.customers.CustomerEvents.mergedInto;
import static org.assertj.core.api.Assertions.assertThat;

import com.tradeledger.shared.CountryCode;
import com.tradeledger.shared.Money;
import com.tradeledger.shared.ReadModelDatabase;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class CustomerDirectoryTest {

    @RegisterExtension
    static final ReadModelDatabase database = new ReadModelDatabase();

    private CustomerDirectoryProjection projection;
    private CustomerDirectoryQueries queries;

    @BeforeEach
    void emptyDirectory() {
        database.clear("customer_directory");
        var directory = new CustomerDirectory(database.jdbc());
        projection = new CustomerDirectoryProjection(directory);
        queries = new CustomerDirectoryQueries(directory);
    }

    @Test
    void a_registered_customer_is_in_the_directory_with_all_its_details() {
        CustomerRegistered registered = hamburgImports().registered();

        projection.on(registered, 0, REGISTERED_AT);

        assertThat(find(HAMBURG_IMPORTS))
                .isEqualTo(new CustomerView(
                        HAMBURG_IMPORTS,
                        CustomerCode.of("HAM-IMP"),
                        "Hamburg Imports GmbH",
                        CountryCode.of("DE"),
                        registered.address(),
                        registered.contacts(),
                        CustomerGrade.B,
                        ALICE,
                        Money.of("50000.00", "EUR"),
                        registered.preferredCurrency(),
                        CustomerStatus.ACTIVE,
                        null,
                        0,
                        REGISTERED_AT,
                        REGISTERED_AT));
    }

    @Test
    void a_grade_change_moves_the_customer_to_the_new_grade() {
        projection.on(hamburgImports().registered(), 0, REGISTERED_AT);

        projection.on(gradeChanged(HAMBURG_IMPORTS, CustomerGrade.B, CustomerGrade.A), 1, hoursLater(1));

        CustomerView customer = find(HAMBURG_IMPORTS);
        assertThat(customer.grade()).isEqualTo(CustomerGrade.A);
        assertThat(customer.version()).isEqualTo(1);
        assertThat(customer.registeredAt()).isEqualTo(REGISTERED_AT);
        assertThat(customer.changedAt()).isEqualTo(hoursLater(1));
    }

    @Test
    void a_credit_limit_replaces_the_previous_one() {
        projection.on(hamburgImports().registered(), 0, REGISTERED_AT);

        projection.on(creditLimitSet(HAMBURG_IMPORTS, "50000.00", "75000.50"), 1, hoursLater(1));

        assertThat(find(HAMBURG_IMPORTS).creditLimit()).isEqualTo(Money.of("75000.50", "EUR"));
    }

    @Test
    void a_handover_gives_the_customer_to_the_new_salesperson() {
        projection.on(hamburgImports().registered(), 0, REGISTERED_AT);

        projection.on(handedOver(HAMBURG_IMPORTS, ALICE, BOB), 1, hoursLater(1));

        assertThat(find(HAMBURG_IMPORTS).salesperson()).isEqualTo(BOB);
        assertThat(list(new ListCustomers(ALICE, null, null, null, 0, 20)).items())
                .isEmpty();
        assertThat(codesOf(new ListCustomers(BOB, null, null, null, 0, 20))).containsExactly("HAM-IMP");
    }

    @Test
    void a_merged_duplicate_points_to_its_survivor() {
        projection.on(hamburgImports().registered(), 0, REGISTERED_AT);
        projection.on(
                customer(HANSE_TRADING.toString(), "HANSE", "Hanse Trading").registered(), 0, REGISTERED_AT);

        projection.on(mergedInto(HAMBURG_IMPORTS, HANSE_TRADING), 1, hoursLater(2));

        CustomerView duplicate = find(HAMBURG_IMPORTS);
        assertThat(duplicate.status()).isEqualTo(CustomerStatus.MERGED);
        assertThat(duplicate.mergedInto()).isEqualTo(HANSE_TRADING);
        assertThat(duplicate.changedAt()).isEqualTo(hoursLater(2));
        assertThat(find(HANSE_TRADING).status()).isEqualTo(CustomerStatus.ACTIVE);
    }

    @Test
    void a_deactivated_customer_no_longer_takes_business() {
        projection.on(hamburgImports().registered(), 0, REGISTERED_AT);

        projection.on(deactivated(HAMBURG_IMPORTS), 1, hoursLater(3));

        CustomerView customer = find(HAMBURG_IMPORTS);
        assertThat(customer.status()).isEqualTo(CustomerStatus.DEACTIVATED);
        assertThat(customer.mergedInto()).isNull();
        assertThat(customer.version()).isEqualTo(1);
    }

    // The redelivered event differs from the one applied, so that applying it again would show in the row.
    @Test
    void an_event_with_the_sequence_number_the_row_already_holds_changes_nothing() {
        projection.on(hamburgImports().registered(), 0, REGISTERED_AT);
        projection.on(gradeChanged(HAMBURG_IMPORTS, CustomerGrade.B, CustomerGrade.A), 1, hoursLater(1));
        CustomerView once = find(HAMBURG_IMPORTS);

        projection.on(gradeChanged(HAMBURG_IMPORTS, CustomerGrade.B, CustomerGrade.C), 1, hoursLater(1));

        assertThat(find(HAMBURG_IMPORTS)).isEqualTo(once);
        assertThat(once.grade()).isEqualTo(CustomerGrade.A);
    }

    @Test
    void a_registration_of_a_customer_already_in_the_directory_changes_nothing() {
        projection.on(hamburgImports().registered(), 0, REGISTERED_AT);
        CustomerView once = find(HAMBURG_IMPORTS);

        projection.on(hamburgImports().grade(CustomerGrade.D).ownedBy(BOB).registered(), 0, REGISTERED_AT);

        assertThat(find(HAMBURG_IMPORTS)).isEqualTo(once);
        assertThat(once.grade()).isEqualTo(CustomerGrade.B);
        assertThat(once.salesperson()).isEqualTo(ALICE);
    }

    @Test
    void an_event_older_than_the_row_changes_nothing() {
        projection.on(hamburgImports().registered(), 0, REGISTERED_AT);
        projection.on(gradeChanged(HAMBURG_IMPORTS, CustomerGrade.B, CustomerGrade.A), 1, hoursLater(1));
        projection.on(handedOver(HAMBURG_IMPORTS, ALICE, BOB), 2, hoursLater(2));
        CustomerView current = find(HAMBURG_IMPORTS);

        projection.on(hamburgImports().grade(CustomerGrade.D).registered(), 0, REGISTERED_AT);
        projection.on(gradeChanged(HAMBURG_IMPORTS, CustomerGrade.B, CustomerGrade.C), 1, hoursLater(1));

        assertThat(find(HAMBURG_IMPORTS)).isEqualTo(current);
    }

    @Test
    void a_reset_empties_the_directory_for_a_rebuild() {
        projection.on(hamburgImports().registered(), 0, REGISTERED_AT);
        projection.on(
                customer(HANSE_TRADING.toString(), "HANSE", "Hanse Trading").registered(), 0, REGISTERED_AT);

        projection.reset();

        assertThat(queries.handle(new FindCustomer(HAMBURG_IMPORTS))).isEmpty();
        assertThat(list(new ListCustomers(null, null, null, null, 0, 20)).total())
                .isZero();
    }

    @Test
    void an_unknown_customer_is_not_found() {
        projection.on(hamburgImports().registered(), 0, REGISTERED_AT);

        assertThat(queries.handle(new FindCustomer(HANSE_TRADING))).isEmpty();
    }

    @Test
    void lists_customers_by_code_with_the_total_that_matched() {
        registerFiveCustomers();

        CustomerPage page = list(new ListCustomers(null, null, null, null, 0, 20));

        assertThat(page.items())
                .extracting(customer -> customer.code().value())
                .containsExactly("BER-01", "HAM-01", "HAM-02", "SHA-01", "SHE-01");
        assertThat(page.total()).isEqualTo(5);
    }

    @Test
    void lists_the_customers_of_one_salesperson() {
        registerFiveCustomers();

        assertThat(codesOf(new ListCustomers(BOB, null, null, null, 0, 20))).containsExactly("SHA-01", "SHE-01");
    }

    @Test
    void lists_the_customers_of_one_grade() {
        registerFiveCustomers();

        assertThat(codesOf(new ListCustomers(null, CustomerGrade.A, null, null, 0, 20)))
                .containsExactly("HAM-02", "SHA-01");
    }

    @Test
    void lists_the_customers_of_one_country() {
        registerFiveCustomers();

        assertThat(codesOf(new ListCustomers(null, null, CountryCode.of("CN"), null, 0, 20)))
                .containsExactly("SHA-01", "SHE-01");
    }

    @Test
    void finds_customers_by_a_part_of_their_name_or_code_in_any_case() {
        registerFiveCustomers();

        assertThat(codesOf(new ListCustomers(null, null, null, "HAMBURG", 0, 20)))
                .containsExactly("HAM-01", "HAM-02");
        assertThat(codesOf(new ListCustomers(null, null, null, "she-", 0, 20))).containsExactly("SHE-01");
        assertThat(codesOf(new ListCustomers(null, null, null, "ltd", 0, 20))).containsExactly("SHA-01", "SHE-01");
    }

    @Test
    void searches_for_wildcard_characters_literally() {
        registerFiveCustomers();

        assertThat(codesOf(new ListCustomers(null, null, null, "%", 0, 20))).isEmpty();
        assertThat(codesOf(new ListCustomers(null, null, null, "_", 0, 20))).isEmpty();
    }

    @Test
    void combines_the_filters() {
        registerFiveCustomers();

        assertThat(codesOf(new ListCustomers(ALICE, CustomerGrade.B, CountryCode.of("DE"), "hamburg", 0, 20)))
                .containsExactly("HAM-01");
    }

    @Test
    void pages_through_the_directory() {
        registerFiveCustomers();

        CustomerPage second = list(new ListCustomers(null, null, null, null, 1, 2));
        CustomerPage beyond = list(new ListCustomers(null, null, null, null, 3, 2));

        assertThat(second.items())
                .extracting(customer -> customer.code().value())
                .containsExactly("HAM-02", "SHA-01");
        assertThat(second.page()).isEqualTo(1);
        assertThat(second.size()).isEqualTo(2);
        assertThat(second.total()).isEqualTo(5);
        assertThat(beyond.items()).isEmpty();
        assertThat(beyond.total()).isEqualTo(5);
    }

    @Test
    void caps_the_page_size_at_two_hundred() {
        registerFiveCustomers();

        CustomerPage page = list(new ListCustomers(null, null, null, null, 0, 10_000));

        assertThat(page.size()).isEqualTo(200);
        assertThat(page.items()).hasSize(5);
    }

    private void registerFiveCustomers() {
        List.of(
                        customer("0b5a1c52-0000-4000-8000-000000000011", "HAM-02", "Hamburg Harbour Supplies")
                                .grade(CustomerGrade.A),
                        customer("0b5a1c52-0000-4000-8000-000000000012", "SHE-01", "Shenzhen Gadgets Ltd")
                                .in("CN")
                                .ownedBy(BOB),
                        customer("0b5a1c52-0000-4000-8000-000000000013", "BER-01", "Berlin Bikes")
                                .grade(CustomerGrade.C),
                        customer("0b5a1c52-0000-4000-8000-000000000014", "SHA-01", "Shanghai Textiles Ltd")
                                .in("CN")
                                .grade(CustomerGrade.A)
                                .ownedBy(BOB),
                        customer("0b5a1c52-0000-4000-8000-000000000015", "HAM-01", "Hamburg Imports GmbH"))
                .forEach(registration -> projection.on(registration.registered(), 0, REGISTERED_AT));
    }

    private CustomerView find(CustomerId id) {
        return queries.handle(new FindCustomer(id)).orElseThrow();
    }

    private CustomerPage list(ListCustomers query) {
        return queries.handle(query);
    }

    private List<String> codesOf(ListCustomers query) {
        return list(query).items().stream()
                .map(customer -> customer.code().value())
                .toList();
    }
}
