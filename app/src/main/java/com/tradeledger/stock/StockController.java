package com.tradeledger.stock;

import com.tradeledger.products.ProductId;
import com.tradeledger.security.Staff;
import com.tradeledger.web.Accepted;
import com.tradeledger.web.Commands;
import com.tradeledger.web.CsvExport;
import com.tradeledger.web.NotFound;
import com.tradeledger.web.ReadsProjection;
import com.tradeledger.web.Versions;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * Stock (库存) over HTTP: the warehouse records stocktake counts (盘点) of a product, in its base unit; everyone reads
 * one product's stock and movements, and the stock list for analysts, as JSON or as {@code text/csv}
 * ({@code ?format=csv} or {@code Accept: text/csv}) with the same filters.
 */
@RestController
@RequestMapping("/api/v1/stock")
class StockController {

    private final Commands commands;
    private final QueryGateway queries;
    private final Staff staff;
    private final Clock clock;
    private final StockList list;

    StockController(Commands commands, QueryGateway queries, Staff staff, Clock clock, StockList list) {
        this.commands = commands;
        this.queries = queries;
        this.staff = staff;
        this.clock = clock;
        this.list = list;
    }

    /**
     * One line per product that has stock or is on order: in one warehouse (with what it has there), one product,
     * those whose available is below a number (the shortages); sorted by sku (default), onHand, reserved, available
     * or onOrder, '-' for descending.
     */
    @ReadsProjection({"stock-levels", "stock-on-order"})
    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    StockListPage list(
            @RequestParam(required = false) WarehouseCode warehouse,
            @RequestParam(required = false) UUID productId,
            @RequestParam(required = false) BigDecimal availableBelow,
            @RequestParam(required = false) String sort,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
        return queries.query(
                        new ListStock(filter(warehouse, productId, availableBelow), sort, page, size),
                        ResponseTypes.instanceOf(StockListPage.class))
                .join();
    }

    @ReadsProjection({"stock-levels", "stock-on-order"})
    @GetMapping(params = "format=csv")
    ResponseEntity<StreamingResponseBody> csv(
            @RequestParam(required = false) WarehouseCode warehouse,
            @RequestParam(required = false) UUID productId,
            @RequestParam(required = false) BigDecimal availableBelow,
            @RequestParam(required = false) String sort) {
        StockSelection selection = list.select(filter(warehouse, productId, availableBelow), sort);
        return CsvExport.of("stock", StockListRow.class, sink -> list.export(selection, sink));
    }

    @ReadsProjection({"stock-levels", "stock-on-order"})
    @GetMapping(produces = "text/csv")
    ResponseEntity<StreamingResponseBody> acceptingCsv(
            @RequestParam(required = false) WarehouseCode warehouse,
            @RequestParam(required = false) UUID productId,
            @RequestParam(required = false) BigDecimal availableBelow,
            @RequestParam(required = false) String sort) {
        return csv(warehouse, productId, availableBelow, sort);
    }

    @ReadsProjection({"stock-levels", "stock-on-order"})
    @GetMapping("/{productId}")
    ResponseEntity<StockView> find(@PathVariable UUID productId) {
        StockView stock = queries.query(
                        new FindStock(new ProductId(productId)), ResponseTypes.optionalInstanceOf(StockView.class))
                .join()
                .orElseThrow(() -> new NotFound("stock of product", productId));
        return ResponseEntity.ok().eTag(Versions.entityTag(stock.version())).body(stock);
    }

    /** Every count, reservation, release and issue of the product, in the order they happened. */
    @ReadsProjection({"stock-levels", "stock-on-order"})
    @GetMapping(value = "/{productId}/movements", produces = MediaType.APPLICATION_JSON_VALUE)
    StockMovementPage movements(
            @PathVariable UUID productId,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
        return queries.query(
                        new ListStockMovements(new ProductId(productId), page, size),
                        ResponseTypes.instanceOf(StockMovementPage.class))
                .join();
    }

    /** Every movement of the product as {@code text/csv}, in the order they happened, with the event behind each. */
    @ReadsProjection("stock-levels")
    @GetMapping(value = "/{productId}/movements", params = "format=csv")
    ResponseEntity<StreamingResponseBody> movementsCsv(@PathVariable UUID productId) {
        return CsvExport.of(
                "stock-movements-" + productId,
                StockMovementRow.class,
                sink -> list.exportMovements(new ProductId(productId), sink));
    }

    @ReadsProjection("stock-levels")
    @GetMapping(value = "/{productId}/movements", produces = "text/csv")
    ResponseEntity<StreamingResponseBody> movementsAcceptingCsv(@PathVariable UUID productId) {
        return movementsCsv(productId);
    }

    @PostMapping("/{productId}/count")
    ResponseEntity<Accepted> count(@PathVariable UUID productId, @Valid @RequestBody Count request) {
        StockId stock = StockId.of(new ProductId(productId));
        return commands.update(
                request,
                new CountStock(
                        stock,
                        request.warehouse(),
                        request.counted(),
                        request.reason(),
                        staff.current(),
                        LocalDate.now(clock)),
                stock);
    }

    /** Move stock between warehouses; reservations are per product and do not move. */
    @PostMapping("/{productId}/transfer")
    ResponseEntity<Accepted> transfer(@PathVariable UUID productId, @Valid @RequestBody Transfer request) {
        StockId stock = StockId.of(new ProductId(productId));
        return commands.update(
                request,
                new TransferStock(
                        stock, request.from(), request.to(), request.quantity(), staff.current(), LocalDate.now(clock)),
                stock);
    }

    private static StockListFilter filter(WarehouseCode warehouse, UUID productId, BigDecimal availableBelow) {
        return new StockListFilter(warehouse, productId == null ? null : new ProductId(productId), availableBelow);
    }

    record Transfer(
            @NotNull WarehouseCode from,
            @NotNull WarehouseCode to,
            @NotNull @Positive BigDecimal quantity) {}

    record Count(
            @NotNull WarehouseCode warehouse,
            @NotNull @PositiveOrZero BigDecimal counted,
            @NotBlank String reason) {}
}
