package com.tradeledger.receiving;

import com.tradeledger.security.Staff;
import com.tradeledger.shared.GoodsReceiptId;
import com.tradeledger.shared.PurchaseOrderId;
import com.tradeledger.stock.WarehouseCode;
import com.tradeledger.web.Accepted;
import com.tradeledger.web.Commands;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Goods receipts (收货) over HTTP, for the warehouse: goods in against a purchase order, inspected, accepted into stock
 * (and reserved at once for the contracts the order serves), and returned to the supplier (退货).
 */
@RestController
@RequestMapping("/api/v1/goods-receipts")
class GoodsReceiptController {

    private final Commands commands;
    private final Staff staff;
    private final Clock clock;

    GoodsReceiptController(Commands commands, Staff staff, Clock clock) {
        this.commands = commands;
        this.staff = staff;
        this.clock = clock;
    }

    @PostMapping
    ResponseEntity<Accepted> record(@Valid @RequestBody Receipt request) {
        GoodsReceiptId id = GoodsReceiptId.generate();
        return commands.create(
                request,
                new RecordGoodsReceipt(
                        id,
                        request.purchaseOrderId(),
                        request.warehouse(),
                        request.lines(),
                        staff.current(),
                        LocalDate.now(clock)),
                id,
                URI.create("/api/v1/goods-receipts/" + id));
    }

    @PostMapping("/{id}/return")
    ResponseEntity<Accepted> returnToSupplier(@PathVariable UUID id, @Valid @RequestBody Return request) {
        GoodsReceiptId receipt = new GoodsReceiptId(id);
        return commands.update(
                request,
                new ReturnToSupplier(
                        receipt,
                        request.lines(),
                        request.reason(),
                        staff.current(),
                        LocalDate.now(clock),
                        commands.expectedVersion()),
                receipt);
    }

    record Receipt(
            @NotNull PurchaseOrderId purchaseOrderId,
            @NotNull WarehouseCode warehouse,
            @NotEmpty List<@Valid @NotNull ReceiptLineRequest> lines) {}

    record Return(
            @NotEmpty List<@Valid @NotNull ReturnLineRequest> lines,
            @NotBlank String reason) {}
}
