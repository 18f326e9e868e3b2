package com.tradeledger.purchasing;

import com.tradeledger.security.Staff;
import com.tradeledger.shared.PurchaseOrderId;
import com.tradeledger.shared.SupplierId;
import com.tradeledger.web.Accepted;
import com.tradeledger.web.Commands;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Purchase orders over HTTP, for purchasing: placed with a supplier covering requisitions, confirmed with the
 * supplier's promised dates, promises moved, lines cancelled. A promise later than a contract needs raises a delivery
 * risk (交期匹配); a new promise in time clears it.
 */
@RestController
@RequestMapping("/api/v1/purchase-orders")
class PurchaseOrderController {

    private final Commands commands;
    private final Staff staff;
    private final Clock clock;

    PurchaseOrderController(Commands commands, Staff staff, Clock clock) {
        this.commands = commands;
        this.staff = staff;
        this.clock = clock;
    }

    @PostMapping
    ResponseEntity<Accepted> place(@Valid @RequestBody Placement request) {
        PurchaseOrderId id = PurchaseOrderId.generate();
        return commands.create(
                request,
                new PlacePurchaseOrder(
                        id,
                        request.supplierId(),
                        request.currency(),
                        request.lines(),
                        staff.current(),
                        LocalDate.now(clock)),
                id,
                URI.create("/api/v1/purchase-orders/" + id));
    }

    @PostMapping("/{id}/confirm")
    ResponseEntity<Accepted> confirm(@PathVariable UUID id, @Valid @RequestBody Confirmation request) {
        PurchaseOrderId order = new PurchaseOrderId(id);
        List<PromisedDate> dates = request.promisedDates() == null ? List.of() : request.promisedDates();
        return commands.update(request, new ConfirmPurchaseOrder(order, dates, commands.expectedVersion()), order);
    }

    @PostMapping("/{id}/change-promised-date")
    ResponseEntity<Accepted> changePromisedDate(@PathVariable UUID id, @Valid @RequestBody Promise request) {
        PurchaseOrderId order = new PurchaseOrderId(id);
        return commands.update(
                request,
                new ChangePromisedDate(
                        order,
                        request.lineNumber(),
                        request.promisedDate(),
                        request.reason(),
                        commands.expectedVersion()),
                order);
    }

    @PostMapping("/{id}/cancel-line")
    ResponseEntity<Accepted> cancelLine(@PathVariable UUID id, @Valid @RequestBody LineCancellation request) {
        PurchaseOrderId order = new PurchaseOrderId(id);
        return commands.update(
                request,
                new CancelPurchaseOrderLine(order, request.lineNumber(), request.reason(), commands.expectedVersion()),
                order);
    }

    record Placement(
            @NotNull SupplierId supplierId,
            @NotNull Currency currency,
            @NotEmpty List<@Valid @NotNull OrderLineRequest> lines) {}

    record Confirmation(List<@Valid @NotNull PromisedDate> promisedDates) {}

    record Promise(
            @NotNull Integer lineNumber,
            @NotNull LocalDate promisedDate,
            @NotBlank String reason) {}

    record LineCancellation(
            @NotNull Integer lineNumber, @NotBlank String reason) {}
}
