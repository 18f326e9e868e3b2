package com.tradeledger.contracting;

import com.tradeledger.customers.CustomerId;
import com.tradeledger.customers.CustomerOwnership;
import com.tradeledger.quoting.QuoteDrafted;
import com.tradeledger.quoting.QuoteId;
import com.tradeledger.security.Role;
import com.tradeledger.security.Staff;
import com.tradeledger.shared.ContractId;
import com.tradeledger.shared.Percentage;
import com.tradeledger.shared.Username;
import com.tradeledger.web.Accepted;
import com.tradeledger.web.Commands;
import com.tradeledger.web.FirstEvents;
import com.tradeledger.web.NotFound;
import com.tradeledger.web.ReadsProjection;
import com.tradeledger.web.Versions;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
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
 * Sales contracts (合同) over HTTP: concluded from an accepted quote by its customer's salesperson, approved or sent
 * back by a second manager, signed, cancelled. Business dates come from the server's clock; who acted, from the login.
 */
@RestController
@RequestMapping("/api/v1/contracts")
class ContractController {

    private final Commands commands;
    private final QueryGateway queries;
    private final Staff staff;
    private final CustomerOwnership ownership;
    private final FirstEvents firstEvents;
    private final Clock clock;

    ContractController(
            Commands commands,
            QueryGateway queries,
            Staff staff,
            CustomerOwnership ownership,
            FirstEvents firstEvents,
            Clock clock) {
        this.commands = commands;
        this.firstEvents = firstEvents;
        this.queries = queries;
        this.staff = staff;
        this.ownership = ownership;
        this.clock = clock;
    }

    @PostMapping
    ResponseEntity<Accepted> conclude(@Valid @RequestBody Conclusion request) {
        firstEvents
                .of(request.quoteId(), QuoteDrafted.class)
                .ifPresent(quote -> ownership.requireOwnerOrManager(quote.customerId()));
        ContractId id = ContractId.generate();
        return commands.create(
                request,
                new ConcludeContract(id, request.quoteId(), staff.current(), today()),
                id,
                URI.create("/api/v1/contracts/" + id));
    }

    @PostMapping("/{id}/agree-payment-terms")
    ResponseEntity<Accepted> agreePaymentTerms(@PathVariable UUID id, @Valid @RequestBody PaymentTerms request) {
        ContractId contract = owned(id);
        return commands.update(request, new AgreePaymentTerms(contract, request, commands.expectedVersion()), contract);
    }

    @PostMapping("/{id}/schedule-delivery")
    ResponseEntity<Accepted> scheduleDelivery(@PathVariable UUID id, @Valid @RequestBody Delivery request) {
        ContractId contract = owned(id);
        return commands.update(
                request,
                new ScheduleDelivery(
                        contract, request.lineNumber(), request.deliveryDate(), commands.expectedVersion()),
                contract);
    }

    @PostMapping("/{id}/agree-commission")
    ResponseEntity<Accepted> agreeCommission(@PathVariable UUID id, @Valid @RequestBody Commission request) {
        ContractId contract = owned(id);
        return commands.update(
                request,
                new AgreeCommission(
                        contract, new CommissionTerms(request.agent(), request.rate()), commands.expectedVersion()),
                contract);
    }

    @PostMapping("/{id}/submit")
    ResponseEntity<Accepted> submit(@PathVariable UUID id, @RequestBody(required = false) Submission request) {
        ContractId contract = owned(id);
        return commands.update(
                new Submission(), new SubmitContract(contract, staff.current(), commands.expectedVersion()), contract);
    }

    @PostMapping("/{id}/approve")
    ResponseEntity<Accepted> approve(@PathVariable UUID id, @Valid @RequestBody Approval request) {
        ContractId contract = new ContractId(id);
        return commands.update(
                request,
                new ApproveContract(contract, staff.current(), request.note(), commands.expectedVersion()),
                contract);
    }

    @PostMapping("/{id}/reject")
    ResponseEntity<Accepted> reject(@PathVariable UUID id, @Valid @RequestBody Rejection request) {
        ContractId contract = new ContractId(id);
        return commands.update(
                request,
                new RejectContract(contract, staff.current(), request.reason(), commands.expectedVersion()),
                contract);
    }

    /** Signed on the day it is recorded: today, by the server's calendar. */
    @PostMapping("/{id}/sign")
    ResponseEntity<Accepted> sign(@PathVariable UUID id, @RequestBody(required = false) Signature request) {
        ContractId contract = owned(id);
        return commands.update(
                new Signature(),
                new SignContract(contract, staff.current(), today(), commands.expectedVersion()),
                contract);
    }

    @PostMapping("/{id}/cancel")
    ResponseEntity<Accepted> cancel(@PathVariable UUID id, @Valid @RequestBody Cancellation request) {
        ContractId contract = owned(id);
        return commands.update(
                request,
                new CancelContract(contract, staff.current(), request.reason(), today(), commands.expectedVersion()),
                contract);
    }

    @ReadsProjection("contract-book")
    @GetMapping("/{id}")
    ResponseEntity<ContractView> find(@PathVariable UUID id) {
        ContractView contract = queries.query(
                        new FindContract(new ContractId(id)), ResponseTypes.optionalInstanceOf(ContractView.class))
                .join()
                .orElseThrow(() -> new NotFound("contract", id));
        ownership.requireReadable(contract.customerId(), Role.WAREHOUSE, Role.PURCHASING);
        return ResponseEntity.ok().eTag(Versions.entityTag(contract.version())).body(contract);
    }

    @ReadsProjection("contract-book")
    @GetMapping
    ContractPage list(
            @RequestParam(required = false) UUID customerId,
            @RequestParam(required = false) Username salesperson,
            @RequestParam(required = false) ContractStatus status,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
        return queries.query(
                        new ListContracts(
                                customerId == null ? null : new CustomerId(customerId),
                                ownership.listedSalesperson(salesperson, "contracts", Role.WAREHOUSE, Role.PURCHASING),
                                status,
                                page,
                                size),
                        ResponseTypes.instanceOf(ContractPage.class))
                .join();
    }

    /**
     * The contract, if the caller may work on it: its customer's owner or a manager. Decided from the contract's
     * first event, which names its customer for good and is never behind; an unknown contract passes on to the
     * command, which refuses it.
     */
    private ContractId owned(UUID id) {
        ContractId contract = new ContractId(id);
        firstEvents
                .of(contract, ContractConcluded.class)
                .ifPresent(concluded -> ownership.requireOwnerOrManager(concluded.customerId()));
        return contract;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    record Conclusion(@NotNull QuoteId quoteId) {}

    record Delivery(@NotNull Integer lineNumber, @NotNull LocalDate deliveryDate) {}

    record Commission(@NotNull AgentCode agent, @NotNull Percentage rate) {}

    record Submission() {}

    record Approval(String note) {}

    record Rejection(@NotBlank String reason) {}

    record Signature() {}

    record Cancellation(@NotBlank String reason) {}
}
