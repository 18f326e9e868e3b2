package com.tradeledger.customers;

import com.tradeledger.shared.CountryCode;
import com.tradeledger.shared.Money;
import com.tradeledger.shared.Username;
import java.util.Currency;
import java.util.List;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;

/**
 * Customers for tests: ACME, a German grade-B customer owned by alice, and GLOBEX, the customer duplicates are
 * merged into. Every value is fixed so that a failing test prints the same thing every time.
 */
final class Customers {

    static final CustomerId ACME = new CustomerId(UUID.fromString("0a000000-0000-4000-8000-000000000001"));
    static final CustomerCode ACME_CODE = CustomerCode.of("ACME-01");
    static final CustomerId GLOBEX = new CustomerId(UUID.fromString("0a000000-0000-4000-8000-000000000002"));
    static final CustomerCode GLOBEX_CODE = CustomerCode.of("GLOBEX-01");
    static final Username ALICE = Username.of("alice");
    static final Username BOB = Username.of("bob");
    static final Money CREDIT_LIMIT = Money.of("50000.00", "EUR");

    private Customers() {}

    /** A fixture for the customer aggregate, with the registry its command handlers consult. */
    static FixtureConfiguration<Customer> fixtureWith(CustomerRegistry registry) {
        FixtureConfiguration<Customer> fixture = new AggregateTestFixture<>(Customer.class);
        fixture.registerInjectableResource(registry);
        return fixture;
    }

    static Registration acme() {
        return new Registration();
    }

    static CustomerRegistered acmeRegistered() {
        return acme().registered();
    }

    static CustomerHandedOver acmeHandedOverTo(Username salesperson) {
        return new CustomerHandedOver(ACME, ALICE, salesperson, "alice moved to the Asia desk");
    }

    static CustomerMerged acmeMergedIntoGlobex() {
        return new CustomerMerged(ACME, ACME_CODE, ALICE, GLOBEX, "registered twice at the Canton fair");
    }

    static CustomerDeactivated acmeDeactivated() {
        return new CustomerDeactivated(ACME, "ceased trading");
    }

    /** ACME's registration, as a command and as the event it must produce; each {@code with} changes one value. */
    static final class Registration {

        private CustomerCode code = ACME_CODE;
        private String name = "Acme Trading GmbH";
        private CountryCode country = CountryCode.of("DE");
        private final Address address = new Address("Hafenstrasse 1", "Hamburg", "20457", null);
        private final List<Contact> contacts =
                List.of(new Contact("Erika Mustermann", "buyer", "erika@acme.example", "+49 40 123456"));
        private CustomerGrade grade = CustomerGrade.B;
        private Username salesperson = ALICE;
        private Money creditLimit = CREDIT_LIMIT;
        private final Currency preferredCurrency = Currency.getInstance("EUR");

        Registration withCode(CustomerCode code) {
            this.code = code;
            return this;
        }

        Registration withName(String name) {
            this.name = name;
            return this;
        }

        Registration withCountry(CountryCode country) {
            this.country = country;
            return this;
        }

        Registration withGrade(CustomerGrade grade) {
            this.grade = grade;
            return this;
        }

        Registration withSalesperson(Username salesperson) {
            this.salesperson = salesperson;
            return this;
        }

        Registration withCreditLimit(Money creditLimit) {
            this.creditLimit = creditLimit;
            return this;
        }

        RegisterCustomer command() {
            return new RegisterCustomer(
                    ACME, code, name, country, address, contacts, grade, salesperson, creditLimit, preferredCurrency);
        }

        CustomerRegistered registered() {
            return new CustomerRegistered(
                    ACME, code, name, country, address, contacts, grade, salesperson, creditLimit, preferredCurrency);
        }
    }
}
