package com.tradeledger.shipping;

import com.tradeledger.contracting.ContractConcluded;
import com.tradeledger.customers.CustomerOwnership;
import com.tradeledger.security.Role;
import com.tradeledger.security.Staff;
import com.tradeledger.shared.ContractId;
import com.tradeledger.shared.ShipmentId;
import com.tradeledger.stock.WarehouseCode;
import com.tradeledger.web.Accepted;
import com.tradeledger.web.Commands;
import com.tradeledger.web.FirstEvents;
import com.tradeledger.web.Forbidden;
import com.tradeledger.web.NotFound;
import com.tradeledger.web.ReadsProjection;
import com.tradeledger.web.Versions;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.Clock;
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
 * Shipments (出货) over HTTP, for the warehouse: planned against a signed contract, given their carrier, customs and
 * insurance details, shipped (the day it is recorded) or dropped.
 */
@RestController
@RequestMapping("/api/v1/shipments")
class ShipmentController {

    private final Commands commands;
    private final QueryGateway queries;
    private final Staff staff;
    private final CustomerOwnership ownership;
    private final FirstEvents firstEvents;
    private final Clock clock;

    ShipmentController(
            Commands commands,
            QueryGateway queries,
            Staff staff,
            CustomerOwnership ownership,
            FirstEvents firstEvents,
            Clock clock) {
        this.commands = commands;
        this.ownership = ownership;
        this.firstEvents = firstEvents;
        this.queries = queries;
        this.staff = staff;
        this.clock = clock;
    }

    @ReadsProjection("shipment-book")
    @GetMapping("/{id}")
    ResponseEntity<ShipmentView> find(@PathVariable UUID id) {
        ShipmentView shipment = queries.query(
                        new FindShipment(new ShipmentId(id)), ResponseTypes.optionalInstanceOf(ShipmentView.class))
                .join()
                .orElseThrow(() -> new NotFound("shipment", id));
        ownership.requireReadable(shipment.customerId(), Role.WAREHOUSE, Role.PURCHASING);
        return ResponseEntity.ok().eTag(Versions.entityTag(shipment.version())).body(shipment);
    }

    @ReadsProjection("shipment-book")
    @GetMapping
    ShipmentPage list(
            @RequestParam(required = false) UUID contractId,
            @RequestParam(required = false) ShipmentStatus status,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
        if (!ownership.readsAllCustomers(Role.WAREHOUSE, Role.PURCHASING)) {
            if (contractId == null) {
                throw new Forbidden("salespeople list the shipments of one of their contracts: give contractId");
            }
            firstEvents
                    .of(new ContractId(contractId), ContractConcluded.class)
                    .ifPresent(contract -> ownership.requireOwnerOrManager(contract.customerId()));
        }
        return queries.query(
                        new ListShipments(contractId == null ? null : new ContractId(contractId), status, page, size),
                        ResponseTypes.instanceOf(ShipmentPage.class))
                .join();
    }

    @PostMapping
    ResponseEntity<Accepted> plan(@Valid @RequestBody Plan request) {
        ShipmentId id = ShipmentId.generate();
        return commands.create(
                request,
                new PlanShipment(id, request.contractId(), request.warehouse(), request.lines(), staff.current()),
                id,
                URI.create("/api/v1/shipments/" + id));
    }

    @PostMapping("/{id}/record-details")
    ResponseEntity<Accepted> recordDetails(@PathVariable UUID id, @Valid @RequestBody ShippingDetails request) {
        ShipmentId shipment = new ShipmentId(id);
        return commands.update(
                request, new RecordShippingDetails(shipment, request, commands.expectedVersion()), shipment);
    }

    @PostMapping("/{id}/ship")
    ResponseEntity<Accepted> ship(@PathVariable UUID id, @RequestBody(required = false) Departure request) {
        ShipmentId shipment = new ShipmentId(id);
        return commands.update(
                new Departure(),
                new ShipShipment(shipment, staff.current(), LocalDate.now(clock), commands.expectedVersion()),
                shipment);
    }

    @PostMapping("/{id}/cancel")
    ResponseEntity<Accepted> cancel(@PathVariable UUID id, @Valid @RequestBody Cancellation request) {
        ShipmentId shipment = new ShipmentId(id);
        return commands.update(
                request, new CancelShipment(shipment, request.reason(), commands.expectedVersion()), shipment);
    }

    record Plan(
            @NotNull ContractId contractId,
            @NotNull WarehouseCode warehouse,
            @NotEmpty List<@Valid @NotNull ShipmentRequestLine> lines) {}

    record Departure() {}

    record Cancellation(@NotBlank String reason) {}
}
