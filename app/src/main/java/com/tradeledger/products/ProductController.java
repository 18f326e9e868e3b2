package com.tradeledger.products;

import com.tradeledger.customers.CustomerGrade;
import com.tradeledger.security.Staff;
import com.tradeledger.shared.SupplierId;
import com.tradeledger.shared.UnitOfMeasure;
import com.tradeledger.web.Accepted;
import com.tradeledger.web.Commands;
import com.tradeledger.web.InvalidField;
import com.tradeledger.web.NotFound;
import com.tradeledger.web.ReadsProjection;
import com.tradeledger.web.Versions;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletionException;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Products and prices over HTTP. Floor and cost prices are shown only to roles with price access rights
 * (价格访问权限): managers, finance, purchasing and auditors.
 */
@RestController
@RequestMapping("/api/v1/products")
class ProductController {

    private final Commands commands;
    private final QueryGateway queries;
    private final Staff staff;
    private final Clock clock;

    ProductController(Commands commands, QueryGateway queries, Staff staff, Clock clock) {
        this.commands = commands;
        this.queries = queries;
        this.staff = staff;
        this.clock = clock;
    }

    @PostMapping
    ResponseEntity<Accepted> register(@Valid @RequestBody Registration request) {
        ProductId id = ProductId.generate();
        RegisterProduct command = new RegisterProduct(
                id,
                request.sku(),
                request.name(),
                request.category(),
                request.source(),
                request.baseUnit(),
                request.conversions(),
                request.hsCode(),
                request.defaultSupplier(),
                request.billOfMaterials());
        return commands.create(request, command, id, URI.create("/api/v1/products/" + id));
    }

    @PostMapping("/{id}/rename")
    ResponseEntity<Accepted> rename(@PathVariable UUID id, @Valid @RequestBody Renaming request) {
        ProductId product = new ProductId(id);
        return commands.update(
                request, new RenameProduct(product, request.name(), commands.expectedVersion()), product);
    }

    @PostMapping("/{id}/reclassify")
    ResponseEntity<Accepted> reclassify(@PathVariable UUID id, @Valid @RequestBody Classification request) {
        ProductId product = new ProductId(id);
        return commands.update(
                request,
                new ReclassifyProduct(product, request.category(), request.hsCode(), commands.expectedVersion()),
                product);
    }

    @PostMapping("/{id}/define-unit-conversions")
    ResponseEntity<Accepted> defineUnitConversions(@PathVariable UUID id, @Valid @RequestBody Conversions request) {
        ProductId product = new ProductId(id);
        return commands.update(
                request,
                new DefineUnitConversions(product, request.conversions(), commands.expectedVersion()),
                product);
    }

    @PostMapping("/{id}/define-bill-of-materials")
    ResponseEntity<Accepted> defineBillOfMaterials(@PathVariable UUID id, @Valid @RequestBody BillOfMaterials request) {
        ProductId product = new ProductId(id);
        return commands.update(
                request, new DefineBillOfMaterials(product, request.lines(), commands.expectedVersion()), product);
    }

    @PostMapping("/{id}/change-default-supplier")
    ResponseEntity<Accepted> changeDefaultSupplier(@PathVariable UUID id, @RequestBody DefaultSupplier request) {
        ProductId product = new ProductId(id);
        return commands.update(
                request, new ChangeDefaultSupplier(product, request.supplierId(), commands.expectedVersion()), product);
    }

    @PostMapping("/{id}/set-price-list")
    ResponseEntity<Accepted> setPriceList(@PathVariable UUID id, @RequestBody PriceList request) {
        ProductId product = new ProductId(id);
        return commands.update(request, new SetPriceList(product, request, commands.expectedVersion()), product);
    }

    @PostMapping("/{id}/discontinue")
    ResponseEntity<Accepted> discontinue(@PathVariable UUID id, @Valid @RequestBody Discontinuation request) {
        ProductId product = new ProductId(id);
        return commands.update(
                request, new DiscontinueProduct(product, request.reason(), commands.expectedVersion()), product);
    }

    @ReadsProjection("product-catalogue")
    @GetMapping("/{id}")
    ResponseEntity<ProductView> find(@PathVariable UUID id) {
        ProductView product = queries.query(
                        new FindProduct(new ProductId(id)), ResponseTypes.optionalInstanceOf(ProductView.class))
                .join()
                .orElseThrow(() -> new NotFound("product", id));
        return ResponseEntity.ok().eTag(Versions.entityTag(product.version())).body(visible(product));
    }

    @ReadsProjection("product-catalogue")
    @GetMapping
    ProductPage list(
            @RequestParam(required = false) String category,
            @RequestParam(name = "q", required = false) String text,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
        ProductPage found = queries.query(
                        new ListProducts(category, text, page, size), ResponseTypes.instanceOf(ProductPage.class))
                .join();
        return new ProductPage(
                found.items().stream().map(this::visible).toList(), found.page(), found.size(), found.total());
    }

    /** The unit price for a customer grade, quantity, unit and date, saying which tier it used. */
    @ReadsProjection("product-catalogue")
    @GetMapping("/{id}/price")
    UnitPriceView price(
            @PathVariable UUID id,
            @RequestParam CustomerGrade grade,
            @RequestParam BigDecimal quantity,
            @RequestParam(required = false) UnitOfMeasure unit,
            @RequestParam Currency currency,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        if (quantity.signum() <= 0) {
            throw new InvalidField("quantity", "must be greater than zero");
        }
        LocalDate on = date == null ? LocalDate.now(clock) : date;
        try {
            return queries.query(
                            new FindUnitPrice(new ProductId(id), grade, quantity, unit, on, currency),
                            ResponseTypes.optionalInstanceOf(UnitPriceView.class))
                    .join()
                    .orElseThrow(() -> new NotFound(currency.getCurrencyCode() + " price list of product", id));
        } catch (CompletionException failure) {
            throw unitProblem(failure);
        }
    }

    private static RuntimeException unitProblem(CompletionException failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof UnitNotConvertible notConvertible) {
                return new InvalidField("unit", notConvertible.getMessage());
            }
        }
        return failure;
    }

    private ProductView visible(ProductView product) {
        return staff.hasPriceAccess() ? product : product.withoutRestrictedPrices();
    }

    record Registration(
            @NotNull Sku sku,
            @NotBlank String name,
            @NotBlank String category,
            @NotNull ProductSource source,
            @NotNull UnitOfMeasure baseUnit,
            List<@NotNull UnitConversion> conversions,
            HsCode hsCode,
            SupplierId defaultSupplier,
            List<@NotNull BomLine> billOfMaterials) {}

    record Renaming(@NotBlank String name) {}

    record Classification(@NotBlank String category, HsCode hsCode) {}

    record Conversions(@NotNull List<@NotNull UnitConversion> conversions) {}

    record BillOfMaterials(@NotNull List<@NotNull BomLine> lines) {}

    record DefaultSupplier(SupplierId supplierId) {}

    record Discontinuation(@NotBlank String reason) {}
}
