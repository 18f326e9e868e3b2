package com.tradeledger.payables;

import static com.tradeledger.payables.Payables.BILL;
import static com.tradeledger.payables.Payables.OTHER_BILL;
import static com.tradeledger.payables.Payables.PAID_ON;
import static com.tradeledger.payables.Payables.PAYMENT;
import static com.tradeledger.payables.Payables.SHENZHEN;
import static com.tradeledger.payables.Payables.approved;
import static com.tradeledger.payables.Payables.eur;
import static com.tradeledger.payables.Payables.held;
import static com.tradeledger.payables.Payables.matched;
import static com.tradeledger.payables.Payables.paid;
import static com.tradeledger.payables.Payables.priceMismatch;
import static com.tradeledger.payables.Payables.recorded;
import static com.tradeledger.payables.Payables.usd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tradeledger.shared.BusinessRuleViolation;
import com.tradeledger.shared.Money;
import org.junit.jupiter.api.Test;

/** Part of a supplier payment applied to a bill, as the payment's command handler applies it, in its unit of work. */
class ApplySupplierPaymentTest {

    private final EventSourcedSupplierBills bills = new EventSourcedSupplierBills();

    @Test
    void settles_part_of_a_payable_bill() {
        bills.given(BILL, recorded(BILL, SHENZHEN, usd("1500.00")), matched());

        pay(usd("600.00"));

        assertThat(bills.newEventsOf(BILL, 2)).containsExactly(paid(BILL, usd("600.00"), usd("900.00")));
        assertThat(balance()).isEqualTo(balance(SupplierBillStatus.PAYABLE, usd("900.00")));
    }

    @Test
    void pays_a_bill_off_when_nothing_is_owed_any_more() {
        bills.given(
                BILL, recorded(BILL, SHENZHEN, usd("1500.00")), matched(), paid(BILL, usd("600.00"), usd("900.00")));

        pay(usd("900.00"));

        assertThat(bills.newEventsOf(BILL, 3)).containsExactly(paid(BILL, usd("900.00"), usd("0.00")));
        assertThat(balance()).isEqualTo(balance(SupplierBillStatus.PAID, usd("0.00")));
    }

    @Test
    void settles_a_held_bill_once_finance_approved_it() {
        bills.given(
                BILL, recorded(BILL, SHENZHEN, usd("260.00")), held(priceMismatch(1, "2.60", "2.50")), approved(BILL));

        pay(usd("260.00"));

        assertThat(bills.newEventsOf(BILL, 3)).containsExactly(paid(BILL, usd("260.00"), usd("0.00")));
    }

    @Test
    void rejects_paying_a_held_bill() {
        bills.given(BILL, recorded(BILL, SHENZHEN, usd("260.00")), held(priceMismatch(1, "2.60", "2.50")));

        assertRefused(usd("260.00"), SupplierBillNotPayable.class, "bill-not-payable");
    }

    @Test
    void rejects_paying_a_bill_already_paid() {
        bills.given(BILL, recorded(BILL, SHENZHEN, usd("100.00")), matched(), paid(BILL, usd("100.00"), usd("0.00")));

        assertRefused(usd("0.01"), SupplierBillNotPayable.class, "bill-not-payable");
    }

    @Test
    void rejects_paying_more_than_the_bill_owes() {
        bills.given(BILL, recorded(BILL, SHENZHEN, usd("1500.00")), matched());

        assertRefused(usd("1500.01"), PaymentExceedsOutstanding.class, "payment-exceeds-outstanding");
    }

    @Test
    void rejects_paying_in_another_currency() {
        bills.given(BILL, recorded(BILL, SHENZHEN, usd("1500.00")), matched());

        assertRefused(eur("100.00"), CurrencyMismatch.class, "currency-mismatch");
    }

    @Test
    void rejects_paying_nothing() {
        bills.given(BILL, recorded(BILL, SHENZHEN, usd("1500.00")), matched());

        assertRefused(usd("0.00"), AmountNotPositive.class, "amount-not-positive");
    }

    @Test
    void rejects_paying_a_fraction_of_a_cent() {
        bills.given(BILL, recorded(BILL, SHENZHEN, usd("1500.00")), matched());

        assertRefused(Money.of("100.005", "USD"), AmountBelowMinorUnit.class, "amount-below-minor-unit");
    }

    @Test
    void knows_no_balance_of_a_bill_never_recorded() {
        assertThat(bills.inUnitOfWork(() -> bills.bills.find(OTHER_BILL))).isEmpty();
    }

    private void pay(Money amount) {
        bills.inUnitOfWork(() -> {
            bills.bills.applyPayment(BILL, PAYMENT, amount, PAID_ON);
            return null;
        });
    }

    private SupplierBillBalance balance() {
        return bills.inUnitOfWork(() -> bills.bills.find(BILL)).orElseThrow();
    }

    private static SupplierBillBalance balance(SupplierBillStatus status, Money outstanding) {
        return new SupplierBillBalance(BILL, SHENZHEN, status, outstanding);
    }

    private void assertRefused(Money amount, Class<? extends BusinessRuleViolation> rule, String code) {
        int before = bills.eventsOf(BILL).size();
        assertThatThrownBy(() -> pay(amount))
                .isInstanceOf(rule)
                .extracting("code")
                .isEqualTo(code);
        assertThat(bills.eventsOf(BILL)).hasSize(before);
    }
}
