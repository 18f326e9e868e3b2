package com.tradeledger.customers;

import com.tradeledger.shared.CountryCode;
import com.tradeledger.shared.Money;
import com.tradeledger.shared.Username;
import java.time.Instant;
import java.util.Currency;
import java.util.List;

/** Customer events as the command model records them, with meaningful, fixed defaults. */
final class CustomerEvents {

    static final CustomerId HAMBURG_IMPORTS = CustomerId.of("0b5a1c52-0000-4000-8000-000000000001");
    static final CustomerId HANSE_TRADING = CustomerId.of("0b5a1c52-0000-4000-8000-000000000002");
    static final Username ALICE = Username.of("alice");
    static final Username BOB = Username.of("bob");
    static final Instant REGISTERED_AT = Instant.parse("2025-03-03T09:15:00Z");

    private CustomerEvents() {}

    /** Hamburg Imports, a grade B customer in Germany owned by Alice. */
    static Registration hamburgImports() {
        return new Registration(HAMBURG_IMPORTS, "HAM-IMP", "Hamburg Imports GmbH");
    }

    static Registration customer(String id, String code, String name) {
        return new Registration(CustomerId.of(id), code, name);
    }

    /** The instant {@code hours} after the registration: events of one customer come in this order. */
    static Instant hoursLater(int hours) {
        return REGISTERED_AT.plusSeconds(hours * 3600L);
    }

    static CustomerGradeChanged gradeChanged(CustomerId id, CustomerGrade from, CustomerGrade to) {
        return new CustomerGradeChanged(id, from, to, "annual review");
    }

    static CreditLimitSet creditLimitSet(CustomerId id, String previous, String limit) {
        return new CreditLimitSet(id, Money.of(previous, "EUR"), Money.of(limit, "EUR"));
    }

    static CustomerHandedOver handedOver(CustomerId id, Username from, Username to) {
        return new CustomerHandedOver(id, from, to, "territory change");
    }

    static CustomerMerged mergedInto(CustomerId duplicate, CustomerId survivor) {
        return new CustomerMerged(duplicate, CustomerCode.of("HAM-IMP"), ALICE, survivor, "registered twice");
    }

    static CustomerDeactivated deactivated(CustomerId id) {
        return new CustomerDeactivated(id, "ceased trading");
    }

    /** A customer about to be registered; change what a test cares about, keep the rest. */
    static final class Registration {

        private final CustomerId id;
        private final String code;
        private final String name;
        private String country = "DE";
        private CustomerGrade grade = CustomerGrade.B;
        private Username salesperson = ALICE;

        private Registration(CustomerId id, String code, String name) {
            this.id = id;
            this.code = code;
            this.name = name;
        }

        Registration in(String country) {
            this.country = country;
            return this;
        }

        Registration grade(CustomerGrade grade) {
            this.grade = grade;
            return this;
        }

        Registration ownedBy(Username salesperson) {
            this.salesperson = salesperson;
            return this;
        }

        CustomerRegistered registered() {
            return new CustomerRegistered(
                    id,
                    CustomerCode.of(code),
                    name,
                    CountryCode.of(country),
                    new Address("Große Elbstraße 145", "Hamburg", "22767", null),
                    List.of(
                            new Contact("Jana Weber", "buyer", "jana.weber@example.com", "+49 40 1234567"),
                            new Contact("Tom Kruse", "accounts", null, null)),
                    grade,
                    salesperson,
                    Money.of("50000.00", "EUR"),
                    Currency.getInstance("EUR"));
        }
    }
}
