package com.tradeledger.purchasing;

import com.tradeledger.products.ProductId;
import com.tradeledger.shared.CountryCode;
import com.tradeledger.shared.SupplierId;
import com.tradeledger.shared.UnitOfMeasure;
import com.tradeledger.web.Accepted;
import com.tradeledger.web.Commands;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Suppliers (供应商) over HTTP, for purchasing: registered, changed, deactivated, and what they offer per product. */
@RestController
@RequestMapping("/api/v1/suppliers")
class SupplierController {

    private final Commands commands;

    SupplierController(Commands commands) {
        this.commands = commands;
    }

    @PostMapping
    ResponseEntity<Accepted> register(@Valid @RequestBody Registration request) {
        SupplierId id = SupplierId.generate();
        return commands.create(
                request,
                new RegisterSupplier(id, request.code(), request.name(), request.country(), request.terms()),
                id,
                URI.create("/api/v1/suppliers/" + id));
    }

    @PostMapping("/{id}/change")
    ResponseEntity<Accepted> change(@PathVariable UUID id, @Valid @RequestBody Change request) {
        SupplierId supplier = new SupplierId(id);
        return commands.update(
                request,
                new ChangeSupplier(
                        supplier, request.name(), request.country(), request.terms(), commands.expectedVersion()),
                supplier);
    }

    @PostMapping("/{id}/deactivate")
    ResponseEntity<Accepted> deactivate(@PathVariable UUID id, @Valid @RequestBody Deactivation request) {
        SupplierId supplier = new SupplierId(id);
        return commands.update(
                request, new DeactivateSupplier(supplier, request.reason(), commands.expectedVersion()), supplier);
    }

    @PostMapping("/{id}/set-offer")
    ResponseEntity<Accepted> setOffer(@PathVariable UUID id, @Valid @RequestBody Offer request) {
        SupplierId supplier = new SupplierId(id);
        return commands.update(
                request,
                new SetSupplierOffer(
                        supplier,
                        request.productId(),
                        request.supplierSku(),
                        request.unit(),
                        request.prices(),
                        request.leadTimeDays(),
                        commands.expectedVersion()),
                supplier);
    }

    record Registration(
            @NotNull SupplierCode code,
            @NotBlank String name,
            @NotNull CountryCode country,
            @NotNull SupplierTerms terms) {}

    record Change(
            @NotBlank String name,
            @NotNull CountryCode country,
            @NotNull SupplierTerms terms) {}

    record Deactivation(@NotBlank String reason) {}

    record Offer(
            @NotNull ProductId productId,
            String supplierSku,
            @NotNull UnitOfMeasure unit,
            @NotEmpty List<@Valid @NotNull PriceBreak> prices,
            @Min(0) @Max(365) int leadTimeDays) {}
}
