package com.tradeledger.billing;

import com.tradeledger.customers.CustomerId;
import com.tradeledger.customers.CustomerOwnership;
import com.tradeledger.security.Staff;
import com.tradeledger.shared.Money;
import com.tradeledger.web.Accepted;
import com.tradeledger.web.Commands;
import com.tradeledger.web.Forbidden;
import com.tradeledger.web.NotFound;
import com.tradeledger.web.ReadsProjection;
import com.tradeledger.web.Versions;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Payments received (回款) over HTTP, for finance: the amount, the bank's reference, the day it arrived, its rate to
 * the functional currency, and where it goes (listed invoices, or the customer's oldest open invoices first).
 */
@RestController
@RequestMapping("/api/v1/payments")
class PaymentController {

    private final Commands commands;
    private final QueryGateway queries;
    private final Staff staff;
    private final CustomerOwnership ownership;
    private final BillingConfiguration.BillingProperties billing;

    PaymentController(
            Commands commands,
            QueryGateway queries,
            Staff staff,
            CustomerOwnership ownership,
            BillingConfiguration.BillingProperties billing) {
        this.commands = commands;
        this.ownership = ownership;
        this.queries = queries;
        this.staff = staff;
        this.billing = billing;
    }

    @ReadsProjection("billing-book")
    @GetMapping("/{id}")
    ResponseEntity<PaymentView> find(@PathVariable UUID id) {
        PaymentView payment = queries.query(
                        new FindPayment(new PaymentId(id)), ResponseTypes.optionalInstanceOf(PaymentView.class))
                .join()
                .orElseThrow(() -> new NotFound("payment", id));
        ownership.requireReadable(payment.customerId());
        return ResponseEntity.ok().eTag(Versions.entityTag(payment.version())).body(payment);
    }

    @ReadsProjection("billing-book")
    @GetMapping
    PaymentPage list(
            @RequestParam(required = false) UUID customerId,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
        CustomerId customer = customerId == null ? null : new CustomerId(customerId);
        if (!ownership.readsAllCustomers()) {
            if (customer == null) {
                throw new Forbidden("salespeople list the payments of one of their customers: give customerId");
            }
            ownership.requireOwnerOrManager(customer);
        }
        return queries.query(new ListPayments(customer, page, size), ResponseTypes.instanceOf(PaymentPage.class))
                .join();
    }

    @PostMapping
    ResponseEntity<Accepted> record(@Valid @RequestBody Receipt request) {
        PaymentId id = PaymentId.generate();
        return commands.create(
                request,
                new RecordPayment(
                        id,
                        request.customerId(),
                        request.amount(),
                        request.bankReference(),
                        request.receivedOn(),
                        billing.functionalCurrency(),
                        request.rateToFunctional() == null && request.amount().isIn(billing.functionalCurrency())
                                ? BigDecimal.ONE
                                : request.rateToFunctional(),
                        request.allocations(),
                        staff.current()),
                id,
                URI.create("/api/v1/payments/" + id));
    }

    record Receipt(
            @NotNull CustomerId customerId,
            @NotNull Money amount,
            @NotBlank String bankReference,
            @NotNull LocalDate receivedOn,
            @Positive BigDecimal rateToFunctional,
            List<@Valid @NotNull PaymentAllocation> allocations) {}
}
