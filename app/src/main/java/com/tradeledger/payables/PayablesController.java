package com.tradeledger.payables;

import com.tradeledger.security.Staff;
import com.tradeledger.shared.Money;
import com.tradeledger.shared.PurchaseOrderId;
import com.tradeledger.shared.SupplierId;
import com.tradeledger.web.Accepted;
import com.tradeledger.web.Commands;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Payables (应付) over HTTP, for finance: supplier bills matched three ways on recording, held bills approved with a
 * reason, and payments made to suppliers with their rate to the functional currency.
 */
@RestController
class PayablesController {

    private final Commands commands;
    private final Staff staff;
    private final Currency functionalCurrency;

    PayablesController(
            Commands commands,
            Staff staff,
            @Value("${tradeledger.billing.functional-currency:CNY}") Currency functionalCurrency) {
        this.commands = commands;
        this.staff = staff;
        this.functionalCurrency = functionalCurrency;
    }

    @PostMapping("/api/v1/supplier-bills")
    ResponseEntity<Accepted> recordBill(@Valid @RequestBody Bill request) {
        SupplierBillId id = SupplierBillId.generate();
        return commands.create(
                request,
                new RecordSupplierBill(
                        id,
                        request.purchaseOrderId(),
                        request.supplierInvoiceNumber(),
                        request.lines(),
                        request.billedOn(),
                        request.dueOn(),
                        staff.current()),
                id,
                URI.create("/api/v1/supplier-bills/" + id));
    }

    @PostMapping("/api/v1/supplier-bills/{id}/approve")
    ResponseEntity<Accepted> approve(@PathVariable UUID id, @Valid @RequestBody Approval request) {
        SupplierBillId bill = new SupplierBillId(id);
        return commands.update(
                request,
                new ApproveSupplierBill(bill, staff.current(), request.reason(), commands.expectedVersion()),
                bill);
    }

    @PostMapping("/api/v1/supplier-payments")
    ResponseEntity<Accepted> pay(@Valid @RequestBody Payment request) {
        SupplierPaymentId id = SupplierPaymentId.generate();
        return commands.create(
                request,
                new RecordSupplierPayment(
                        id,
                        request.supplierId(),
                        request.amount(),
                        request.bankReference(),
                        request.paidOn(),
                        functionalCurrency,
                        request.rateToFunctional() == null && request.amount().isIn(functionalCurrency)
                                ? BigDecimal.ONE
                                : request.rateToFunctional(),
                        request.allocations(),
                        staff.current()),
                id,
                URI.create("/api/v1/supplier-payments/" + id));
    }

    record Bill(
            @NotNull PurchaseOrderId purchaseOrderId,
            @NotBlank String supplierInvoiceNumber,
            @NotEmpty List<@Valid @NotNull BillLineRequest> lines,
            @NotNull LocalDate billedOn,
            @NotNull LocalDate dueOn) {}

    record Approval(@NotBlank String reason) {}

    record Payment(
            @NotNull SupplierId supplierId,
            @NotNull Money amount,
            @NotBlank String bankReference,
            @NotNull LocalDate paidOn,
            @Positive BigDecimal rateToFunctional,
            @NotEmpty List<@Valid @NotNull SupplierPaymentAllocation> allocations) {}
}
