package com.tradeledger.billing;

import com.tradeledger.customers.CustomerId;
import com.tradeledger.customers.CustomerOwnership;
import com.tradeledger.security.Staff;
import com.tradeledger.shared.ContractId;
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
import java.time.Clock;
import java.time.LocalDate;
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
 * Invoices over HTTP, for finance. The ledger issues them itself (the deposit on signing, one per shipment); finance
 * credits them (红字), cancels an unpaid one, and pays out the commission their collections earned.
 */
@RestController
@RequestMapping("/api/v1/invoices")
class InvoiceController {

    private final Commands commands;
    private final QueryGateway queries;
    private final Staff staff;
    private final CustomerOwnership ownership;
    private final Clock clock;

    InvoiceController(Commands commands, QueryGateway queries, Staff staff, CustomerOwnership ownership, Clock clock) {
        this.commands = commands;
        this.queries = queries;
        this.ownership = ownership;
        this.staff = staff;
        this.clock = clock;
    }

    @ReadsProjection("billing-book")
    @GetMapping("/{id}")
    ResponseEntity<InvoiceView> find(@PathVariable UUID id) {
        InvoiceView invoice = queries.query(
                        new FindInvoice(new InvoiceId(id)), ResponseTypes.optionalInstanceOf(InvoiceView.class))
                .join()
                .orElseThrow(() -> new NotFound("invoice", id));
        ownership.requireReadable(invoice.customerId());
        return ResponseEntity.ok().eTag(Versions.entityTag(invoice.version())).body(invoice);
    }

    /** Salespeople list the invoices of a customer they own; finance, managers and auditors list any. */
    @ReadsProjection("billing-book")
    @GetMapping
    InvoicePage list(
            @RequestParam(required = false) UUID customerId,
            @RequestParam(required = false) UUID contractId,
            @RequestParam(required = false) InvoiceStatus status,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
        CustomerId customer = customerId == null ? null : new CustomerId(customerId);
        if (onlyOwnCustomers()) {
            if (customer == null) {
                throw new Forbidden("salespeople list the invoices of one of their customers: give customerId");
            }
            ownership.requireOwnerOrManager(customer);
        }
        return queries.query(
                        new ListInvoices(
                                customer, contractId == null ? null : new ContractId(contractId), status, page, size),
                        ResponseTypes.instanceOf(InvoicePage.class))
                .join();
    }

    @PostMapping("/{id}/credit")
    ResponseEntity<Accepted> credit(@PathVariable UUID id, @Valid @RequestBody Credit request) {
        InvoiceId invoice = new InvoiceId(id);
        return commands.update(
                request,
                new CreditInvoice(
                        invoice,
                        request.amount(),
                        request.reason(),
                        staff.current(),
                        LocalDate.now(clock),
                        commands.expectedVersion()),
                invoice);
    }

    @PostMapping("/{id}/cancel")
    ResponseEntity<Accepted> cancel(@PathVariable UUID id, @Valid @RequestBody Cancellation request) {
        InvoiceId invoice = new InvoiceId(id);
        return commands.update(
                request, new CancelInvoice(invoice, request.reason(), commands.expectedVersion()), invoice);
    }

    @PostMapping("/{id}/pay-commission")
    ResponseEntity<Accepted> payCommission(@PathVariable UUID id, @Valid @RequestBody CommissionPayment request) {
        InvoiceId invoice = new InvoiceId(id);
        return commands.update(
                request,
                new PayCommission(invoice, request.reference(), LocalDate.now(clock), commands.expectedVersion()),
                invoice);
    }

    private boolean onlyOwnCustomers() {
        return !ownership.readsAllCustomers();
    }

    record Credit(@NotNull Money amount, @NotBlank String reason) {}

    record Cancellation(@NotBlank String reason) {}

    record CommissionPayment(@NotBlank String reference) {}
}
