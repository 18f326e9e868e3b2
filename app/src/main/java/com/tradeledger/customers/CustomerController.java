package com.tradeledger.customers;

import com.tradeledger.security.Role;
import com.tradeledger.security.Staff;
import com.tradeledger.shared.CountryCode;
import com.tradeledger.shared.Money;
import com.tradeledger.shared.Username;
import com.tradeledger.web.Accepted;
import com.tradeledger.web.Commands;
import com.tradeledger.web.Forbidden;
import com.tradeledger.web.InvalidField;
import com.tradeledger.web.NotFound;
import com.tradeledger.web.ReadsProjection;
import com.tradeledger.web.Versions;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.util.Currency;
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

/** Customers over HTTP: one POST per command, GETs on the customer directory. */
@RestController
@RequestMapping("/api/v1/customers")
class CustomerController {

    private final Commands commands;
    private final QueryGateway queries;
    private final Staff staff;
    private final CustomerOwnership ownership;

    CustomerController(Commands commands, QueryGateway queries, Staff staff, CustomerOwnership ownership) {
        this.commands = commands;
        this.queries = queries;
        this.staff = staff;
        this.ownership = ownership;
    }

    @PostMapping
    ResponseEntity<Accepted> register(@Valid @RequestBody Registration request) {
        Username salesperson = request.salesperson() == null ? staff.current() : request.salesperson();
        if (!staff.isSalesperson(salesperson)) {
            throw new InvalidField(
                    "salesperson", "'" + salesperson + "' is not a member of staff who may own customers");
        }
        if (!salesperson.equals(staff.current()) && !staff.currentUserHas(Role.MANAGER)) {
            throw new Forbidden("only a manager may register a customer for another salesperson");
        }
        CustomerId id = CustomerId.generate();
        RegisterCustomer command = new RegisterCustomer(
                id,
                request.code(),
                request.name(),
                request.country(),
                request.address(),
                request.contacts(),
                request.grade(),
                salesperson,
                request.creditLimit(),
                request.preferredCurrency() == null ? request.creditLimit().currency() : request.preferredCurrency());
        return commands.create(request, command, id, URI.create("/api/v1/customers/" + id));
    }

    @PostMapping("/{id}/change-grade")
    ResponseEntity<Accepted> changeGrade(@PathVariable UUID id, @Valid @RequestBody GradeChange request) {
        CustomerId customer = new CustomerId(id);
        ownership.requireOwnerOrManager(customer);
        return commands.update(
                request,
                new ChangeCustomerGrade(customer, request.grade(), request.reason(), commands.expectedVersion()),
                customer);
    }

    @PostMapping("/{id}/set-credit-limit")
    ResponseEntity<Accepted> setCreditLimit(@PathVariable UUID id, @Valid @RequestBody CreditLimit request) {
        CustomerId customer = new CustomerId(id);
        return commands.update(
                request, new SetCreditLimit(customer, request.creditLimit(), commands.expectedVersion()), customer);
    }

    @PostMapping("/{id}/hand-over")
    ResponseEntity<Accepted> handOver(@PathVariable UUID id, @Valid @RequestBody Handover request) {
        if (!staff.isSalesperson(request.toSalesperson())) {
            throw new InvalidField(
                    "toSalesperson",
                    "'" + request.toSalesperson() + "' is not a member of staff who may own customers");
        }
        CustomerId customer = new CustomerId(id);
        return commands.update(
                request,
                new HandOverCustomer(customer, request.toSalesperson(), request.reason(), commands.expectedVersion()),
                customer);
    }

    @PostMapping("/{id}/merge")
    ResponseEntity<Accepted> merge(@PathVariable UUID id, @Valid @RequestBody Merge request) {
        CustomerId duplicate = new CustomerId(id);
        return commands.update(
                request,
                new MergeCustomer(duplicate, request.survivorId(), request.reason(), commands.expectedVersion()),
                duplicate);
    }

    @PostMapping("/{id}/deactivate")
    ResponseEntity<Accepted> deactivate(@PathVariable UUID id, @Valid @RequestBody Deactivation request) {
        CustomerId customer = new CustomerId(id);
        return commands.update(
                request, new DeactivateCustomer(customer, request.reason(), commands.expectedVersion()), customer);
    }

    @ReadsProjection("customer-directory")
    @GetMapping("/{id}")
    ResponseEntity<CustomerView> find(@PathVariable UUID id) {
        CustomerView customer = queries.query(
                        new FindCustomer(new CustomerId(id)), ResponseTypes.optionalInstanceOf(CustomerView.class))
                .join()
                .orElseThrow(() -> new NotFound("customer", id));
        return ResponseEntity.ok().eTag(Versions.entityTag(customer.version())).body(customer);
    }

    @ReadsProjection("customer-directory")
    @GetMapping
    CustomerPage list(
            @RequestParam(required = false) Username salesperson,
            @RequestParam(required = false) CustomerGrade grade,
            @RequestParam(required = false) CountryCode country,
            @RequestParam(name = "q", required = false) String text,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
        return queries.query(
                        new ListCustomers(salesperson, grade, country, text, page, size),
                        ResponseTypes.instanceOf(CustomerPage.class))
                .join();
    }

    record Registration(
            @NotNull CustomerCode code,
            @NotBlank String name,
            @NotNull CountryCode country,
            Address address,
            List<@NotNull @Valid Contact> contacts,
            @NotNull CustomerGrade grade,
            Username salesperson,
            @NotNull Money creditLimit,
            Currency preferredCurrency) {}

    record GradeChange(
            @NotNull CustomerGrade grade, @NotBlank String reason) {}

    record CreditLimit(@NotNull Money creditLimit) {}

    record Handover(
            @NotNull Username toSalesperson, @NotBlank String reason) {}

    record Merge(@NotNull CustomerId survivorId, @NotBlank String reason) {}

    record Deactivation(@NotBlank String reason) {}
}
