package com.tradeledger.customers;

import static com.tradeledger.shared.MissingValue.requirePresent;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.tradeledger.shared.Money;
import com.tradeledger.shared.Username;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;

/**
 * One customer (客户): its unique code, grade, credit limit and the one salesperson who owns it. It is closed for
 * good by a merge into a survivor (合并) or by deactivation, after which it refuses every command.
 */
public class Customer {

    @AggregateIdentifier
    private CustomerId customerId;

    private CustomerCode code;
    private CustomerGrade grade;
    private Username salesperson;
    private Money creditLimit;
    private CustomerStatus status;
    private CustomerId mergedInto;

    Customer() {
        // Axon rebuilds the customer from its events through this constructor.
    }

    @CommandHandler
    Customer(RegisterCustomer command, CustomerRegistry registry) {
        requireRegistrationDetails(command);
        requireCreditLimitNotNegative(command.creditLimit());
        claimUniqueCode(command.code(), command.customerId(), registry);
        registry.assignOwner(command.customerId(), command.salesperson());
        apply(new CustomerRegistered(
                command.customerId(),
                command.code(),
                command.name(),
                command.country(),
                command.address(),
                command.contacts(),
                command.grade(),
                command.salesperson(),
                command.creditLimit(),
                command.preferredCurrency()));
    }

    @CommandHandler
    void changeGrade(ChangeCustomerGrade command) {
        requireOpen();
        requirePresent(command.grade(), "grade");
        requirePresent(command.reason(), "reason");
        if (command.grade() != grade) {
            apply(new CustomerGradeChanged(customerId, grade, command.grade(), command.reason()));
        }
    }

    @CommandHandler
    void setCreditLimit(SetCreditLimit command) {
        requireOpen();
        requirePresent(command.creditLimit(), "creditLimit");
        requireCreditLimitNotNegative(command.creditLimit());
        if (!command.creditLimit().equals(creditLimit)) {
            apply(new CreditLimitSet(customerId, creditLimit, command.creditLimit()));
        }
    }

    @CommandHandler
    void handOver(HandOverCustomer command, CustomerRegistry registry) {
        requireOpen();
        requirePresent(command.toSalesperson(), "toSalesperson");
        requirePresent(command.reason(), "reason");
        requireAnotherSalesperson(command.toSalesperson());
        registry.assignOwner(customerId, command.toSalesperson());
        apply(new CustomerHandedOver(customerId, salesperson, command.toSalesperson(), command.reason()));
    }

    @CommandHandler
    void merge(MergeCustomer command, CustomerRegistry registry) {
        requireOpen();
        requirePresent(command.survivorId(), "survivorId");
        requirePresent(command.reason(), "reason");
        requireSurvivorOtherThanItself(command.survivorId());
        requireActiveSurvivor(command.survivorId(), registry);
        registry.close(customerId);
        apply(new CustomerMerged(customerId, code, salesperson, command.survivorId(), command.reason()));
    }

    @CommandHandler
    void deactivate(DeactivateCustomer command, CustomerRegistry registry) {
        requireOpen();
        requirePresent(command.reason(), "reason");
        registry.close(customerId);
        apply(new CustomerDeactivated(customerId, command.reason()));
    }

    /** Where this customer stands for new business; read by quoting and contracting, which decide nothing here. */
    public CustomerStanding standing() {
        return new CustomerStanding(status, grade, salesperson, creditLimit);
    }

    private static void requireRegistrationDetails(RegisterCustomer command) {
        requirePresent(command.customerId(), "customerId");
        requirePresent(command.code(), "code");
        requirePresent(command.name(), "name");
        requirePresent(command.country(), "country");
        requirePresent(command.grade(), "grade");
        requirePresent(command.salesperson(), "salesperson");
    }

    private static void requireCreditLimitNotNegative(Money limit) {
        if (limit != null && limit.isNegative()) {
            throw new NegativeCreditLimit(limit);
        }
    }

    private static void claimUniqueCode(CustomerCode code, CustomerId customerId, CustomerRegistry registry) {
        if (!registry.claim(code, customerId)) {
            throw new CustomerCodeAlreadyRegistered(code);
        }
    }

    private void requireOpen() {
        switch (status) {
            case MERGED -> throw CustomerClosed.merged(customerId, mergedInto);
            case DEACTIVATED -> throw CustomerClosed.deactivated(customerId);
            case ACTIVE -> {}
        }
    }

    private void requireAnotherSalesperson(Username toSalesperson) {
        if (toSalesperson.equals(salesperson)) {
            throw new SalespersonAlreadyOwnsCustomer(customerId, salesperson);
        }
    }

    private void requireSurvivorOtherThanItself(CustomerId survivorId) {
        if (survivorId.equals(customerId)) {
            throw new CustomerMergedIntoItself(customerId);
        }
    }

    private void requireActiveSurvivor(CustomerId survivorId, CustomerRegistry registry) {
        if (!registry.isActive(survivorId)) {
            throw new SurvivorNotActive(customerId, survivorId);
        }
    }

    @EventSourcingHandler
    void on(CustomerRegistered event) {
        customerId = event.customerId();
        code = event.code();
        grade = event.grade();
        salesperson = event.salesperson();
        creditLimit = event.creditLimit();
        status = CustomerStatus.ACTIVE;
    }

    @EventSourcingHandler
    void on(CustomerGradeChanged event) {
        grade = event.grade();
    }

    @EventSourcingHandler
    void on(CreditLimitSet event) {
        creditLimit = event.creditLimit();
    }

    @EventSourcingHandler
    void on(CustomerHandedOver event) {
        salesperson = event.toSalesperson();
    }

    @EventSourcingHandler
    void on(CustomerMerged event) {
        status = CustomerStatus.MERGED;
        mergedInto = event.survivorId();
    }

    @EventSourcingHandler
    void on(CustomerDeactivated event) {
        status = CustomerStatus.DEACTIVATED;
    }
}
