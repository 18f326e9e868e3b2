package com.tradeledger.stock;

import com.tradeledger.security.Staff;
import com.tradeledger.web.Accepted;
import com.tradeledger.web.Commands;
import com.tradeledger.web.FirstEvents;
import com.tradeledger.web.NotFound;
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
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Stocktake sheets (盘点单) over HTTP: the warehouse records the counts of one warehouse together; each product's on
 * hand there becomes what was counted. A recorded sheet reads back exactly as its event recorded it, with what the
 * books said and the difference per product.
 */
@RestController
@RequestMapping("/api/v1/stocktakes")
class StocktakeController {

    private final Commands commands;
    private final FirstEvents firstEvents;
    private final Staff staff;
    private final Clock clock;

    StocktakeController(Commands commands, FirstEvents firstEvents, Staff staff, Clock clock) {
        this.commands = commands;
        this.firstEvents = firstEvents;
        this.staff = staff;
        this.clock = clock;
    }

    @PostMapping
    ResponseEntity<Accepted> record(@Valid @RequestBody Sheet request) {
        StocktakeId id = StocktakeId.generate();
        return commands.create(
                request,
                new RecordStocktake(
                        id,
                        request.warehouse(),
                        request.lines(),
                        request.reason(),
                        staff.current(),
                        LocalDate.now(clock)),
                id,
                URI.create("/api/v1/stocktakes/" + id));
    }

    @GetMapping("/{id}")
    StocktakeRecorded find(@PathVariable UUID id) {
        return firstEvents
                .of(new StocktakeId(id), StocktakeRecorded.class)
                .orElseThrow(() -> new NotFound("stocktake", id));
    }

    record Sheet(
            @NotNull WarehouseCode warehouse,
            @NotEmpty List<@Valid @NotNull StocktakeLineRequest> lines,
            @NotBlank String reason) {}
}
