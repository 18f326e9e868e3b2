package com.tradeledger.payables;

import static com.tradeledger.payables.Payables.BILL;
import static com.tradeledger.payables.Payables.FRANK;
import static com.tradeledger.payables.Payables.OTHER_BILL;
import static com.tradeledger.payables.Payables.PAID_ON;
import static com.tradeledger.payables.Payables.PAYMENT;
import static com.tradeledger.payables.Payables.SHENZHEN;
import static com.tradeledger.payables.Payables.USD;
import static com.tradeledger.payables.Payables.matched;
import static com.tradeledger.payables.Payables.paid;
import static com.tradeledger.payables.Payables.recorded;
import static com.tradeledger.payables.Payables.usd;
import static org.assertj.core.api.Assertions.assertThat;

import com.tradeledger.shared.Money;
import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.messaging.annotation.ClasspathParameterResolverFactory;
import org.axonframework.messaging.annotation.MultiParameterResolverFactory;
import org.axonframework.messaging.annotation.ParameterResolverFactory;
import org.axonframework.messaging.annotation.SimpleResourceParameterResolverFactory;
import org.axonframework.modelling.command.AggregateAnnotationCommandHandler;
import org.axonframework.modelling.command.Repository;
import org.junit.jupiter.api.Test;

/**
 * A supplier payment and the bills it settles in one event store, as the app keeps them: the payment and the bills'
 * parts of it are appended in one unit of work, the payment first.
 */
class SupplierPaymentInOneUnitOfWorkTest {

    private static final String BANK_REFERENCE = "BOC-20260828-0107";

    private final EventSourcedSupplierBills bills = new EventSourcedSupplierBills();
    private final SimpleCommandBus commandBus = SimpleCommandBus.builder().build();

    SupplierPaymentInOneUnitOfWorkTest() {
        ParameterResolverFactory resources = MultiParameterResolverFactory.ordered(
                ClasspathParameterResolverFactory.forClass(SupplierPayment.class),
                new SimpleResourceParameterResolverFactory(List.of(bills.bills)));
        Repository<SupplierPayment> payments = bills.repositoryOf(SupplierPayment.class, resources);
        AggregateAnnotationCommandHandler.<SupplierPayment>builder()
                .aggregateType(SupplierPayment.class)
                .repository(payments)
                .parameterResolverFactory(resources)
                .build()
                .subscribe(commandBus);
        bills.given(BILL, recorded(BILL, SHENZHEN, usd("1500.00")), matched());
        bills.given(OTHER_BILL, recorded(OTHER_BILL, SHENZHEN, usd("875.00")), matched(OTHER_BILL));
    }

    @Test
    void appends_the_payment_before_the_bills_it_settles_in_the_order_it_names_them() {
        int before = bills.allEvents().size();

        assertThat(dispatch(pay(usd("1000.00"), usd("600.00"), usd("400.00")))).isNull();

        List<Object> appended =
                bills.allEvents().subList(before, bills.allEvents().size());
        assertThat(appended)
                .containsExactly(
                        new SupplierPaymentMade(
                                PAYMENT,
                                SHENZHEN,
                                usd("1000.00"),
                                BANK_REFERENCE,
                                PAID_ON,
                                BigDecimal.ONE,
                                usd("1000.00"),
                                FRANK),
                        paid(OTHER_BILL, usd("600.00"), usd("275.00")),
                        paid(BILL, usd("400.00"), usd("1100.00")));
    }

    @Test
    void appends_nothing_anywhere_when_an_allocation_is_refused() {
        int before = bills.allEvents().size();

        assertThat(dispatch(pay(usd("1000.00"), usd("900.00"), usd("100.00"))))
                .isInstanceOf(PaymentExceedsOutstanding.class);

        assertThat(bills.allEvents()).hasSize(before);
    }

    /** Pays {@code toOther} on OTHER_BILL, then {@code toBill} on BILL. */
    private static RecordSupplierPayment pay(Money amount, Money toOther, Money toBill) {
        return new RecordSupplierPayment(
                PAYMENT,
                SHENZHEN,
                amount,
                BANK_REFERENCE,
                PAID_ON,
                USD,
                null,
                List.of(
                        new SupplierPaymentAllocation(OTHER_BILL, toOther),
                        new SupplierPaymentAllocation(BILL, toBill)),
                FRANK);
    }

    /** Dispatches the command and answers what it failed with, or nothing when it succeeded. */
    private Throwable dispatch(RecordSupplierPayment command) {
        AtomicReference<Throwable> failure = new AtomicReference<>();
        commandBus.dispatch(GenericCommandMessage.asCommandMessage(command), (message, result) -> {
            if (result.isExceptional()) {
                failure.set(result.exceptionResult());
            }
        });
        return failure.get();
    }
}
