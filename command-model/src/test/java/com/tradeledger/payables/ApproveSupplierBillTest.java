package com.tradeledger.payables;

import static com.tradeledger.payables.Payables.BILL;
import static com.tradeledger.payables.Payables.FRANK;
import static com.tradeledger.payables.Payables.GRACE;
import static com.tradeledger.payables.Payables.billFixture;
import static com.tradeledger.payables.Payables.brackets;
import static com.tradeledger.payables.Payables.held;
import static com.tradeledger.payables.Payables.matched;
import static com.tradeledger.payables.Payables.order;
import static com.tradeledger.payables.Payables.paid;
import static com.tradeledger.payables.Payables.priceMismatch;
import static com.tradeledger.payables.Payables.recorded;
import static com.tradeledger.payables.Payables.refusedBy;
import static com.tradeledger.payables.Payables.usd;

import com.tradeledger.shared.MissingValue;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;

/** Finance releasing a bill the three-way match held. */
class ApproveSupplierBillTest {

    private static final String REASON = "price rise agreed by phone on 1 August";

    private final FixtureConfiguration<SupplierBill> fixture =
            billFixture(new InMemoryPurchaseOrders().with(order()), PayablesPolicy.defaults());

    private static SupplierBillRecorded billAt(String unitPrice, String total) {
        return recorded(brackets("100", usd(unitPrice), usd(total)));
    }

    @Test
    void releases_a_held_bill_for_payment_with_the_reason() {
        fixture.given(billAt("2.60", "260.00"), held(priceMismatch(1, "2.60", "2.50")))
                .when(new ApproveSupplierBill(BILL, GRACE, REASON, null))
                .expectEvents(new SupplierBillApproved(BILL, GRACE, REASON));
    }

    @Test
    void rejects_approval_by_whoever_recorded_the_bill() {
        fixture.given(billAt("2.60", "260.00"), held(priceMismatch(1, "2.60", "2.50")))
                .when(new ApproveSupplierBill(BILL, FRANK, REASON, null))
                .expectException(refusedBy(BillSelfApproval.class, "self-approval"))
                .expectNoEvents();
    }

    @Test
    void rejects_approving_a_bill_without_a_reason() {
        fixture.given(billAt("2.60", "260.00"), held(priceMismatch(1, "2.60", "2.50")))
                .when(new ApproveSupplierBill(BILL, GRACE, "  ", null))
                .expectException(refusedBy(MissingValue.class, "missing-value"))
                .expectExceptionMessage("reason is required and was missing or blank")
                .expectNoEvents();
    }

    @Test
    void rejects_approving_a_bill_that_matched() {
        fixture.given(billAt("2.50", "250.00"), matched())
                .when(new ApproveSupplierBill(BILL, GRACE, REASON, null))
                .expectException(refusedBy(SupplierBillNotHeld.class, "bill-not-held"))
                .expectNoEvents();
    }

    @Test
    void rejects_approving_a_bill_twice() {
        fixture.given(
                        billAt("2.60", "260.00"),
                        held(priceMismatch(1, "2.60", "2.50")),
                        new SupplierBillApproved(BILL, GRACE, REASON))
                .when(new ApproveSupplierBill(BILL, GRACE, REASON, null))
                .expectException(refusedBy(SupplierBillNotHeld.class, "bill-not-held"))
                .expectNoEvents();
    }

    @Test
    void rejects_approving_a_bill_already_paid() {
        fixture.given(billAt("2.50", "250.00"), matched(), paid(BILL, usd("250.00"), usd("0.00")))
                .when(new ApproveSupplierBill(BILL, GRACE, REASON, null))
                .expectException(refusedBy(SupplierBillNotHeld.class, "bill-not-held"))
                .expectExceptionMessage(
                        "supplier bill 0d000000-0000-4000-8000-000000000001 is PAID, not held for approval")
                .expectNoEvents();
    }
}
