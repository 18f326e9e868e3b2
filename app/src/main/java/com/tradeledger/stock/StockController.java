package com.tradeledger.stock;

import com.tradeledger.products.ProductId;
import com.tradeledger.security.Staff;
import com.tradeledger.web.Accepted;
import com.tradeledger.web.Commands;
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
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Stock (库存) over HTTP: the warehouse records stocktake counts (盘点) of a product, in its base unit. */
@RestController
@RequestMapping("/api/v1/stock")
class StockController {

    private final Commands commands;
    private final QueryGateway queries;
    private final Staff staff;
    private final Clock clock;

    StockController(Commands commands, QueryGateway queries, Staff staff, Clock clock) {
        this.commands = commands;
        this.queries = queries;
        this.staff = staff;
        this.clock = clock;
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
    @GetMapping("/{productId}/movements")
    StockMovementPage movements(
            @PathVariable UUID productId,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
        return queries.query(
                        new ListStockMovements(new ProductId(productId), page, size),
                        ResponseTypes.instanceOf(StockMovementPage.class))
                .join();
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

    record Transfer(
            @NotNull WarehouseCode from,
            @NotNull WarehouseCode to,
            @NotNull @Positive BigDecimal quantity) {}

    record Count(
            @NotNull WarehouseCode warehouse,
            @NotNull @PositiveOrZero BigDecimal counted,
            @NotBlank String reason) {}
}
