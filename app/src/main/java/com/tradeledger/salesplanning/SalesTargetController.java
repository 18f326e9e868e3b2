package com.tradeledger.salesplanning;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.tradeledger.security.Role;
import com.tradeledger.security.Staff;
import com.tradeledger.shared.Money;
import com.tradeledger.shared.Username;
import com.tradeledger.web.Accepted;
import com.tradeledger.web.Commands;
import com.tradeledger.web.Forbidden;
import com.tradeledger.web.InvalidField;
import com.tradeledger.web.ReadsProjection;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.YearMonth;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Sales targets (销售计划) over HTTP: a manager sets a salesperson's target for a month in the functional currency
 * (setting it again replaces it); everyone who reads sales figures lists them with their actual and attainment.
 */
@RestController
@RequestMapping("/api/v1/sales-targets")
class SalesTargetController {

    private final Commands commands;
    private final QueryGateway queries;
    private final Staff staff;
    private final SalesReaders readers;
    private final SalesPlanningProperties properties;

    SalesTargetController(
            Commands commands,
            QueryGateway queries,
            Staff staff,
            SalesReaders readers,
            SalesPlanningProperties properties) {
        this.commands = commands;
        this.queries = queries;
        this.staff = staff;
        this.readers = readers;
        this.properties = properties;
    }

    /** Who is a salesperson lives in the staff accounts, not in the events: checked here, before the command. */
    @PostMapping
    ResponseEntity<Accepted> set(@Valid @RequestBody Target request) {
        if (!staff.currentUserHas(Role.MANAGER)) {
            throw new Forbidden("only managers set sales targets");
        }
        Username salesperson = SalesReaders.username("salesperson", request.salesperson());
        if (!staff.isSalesperson(salesperson)) {
            throw new InvalidField("salesperson", salesperson + " is not an active salesperson");
        }
        SalesTargetId id = SalesTargetId.of(salesperson, request.month());
        return commands.update(
                request,
                new SetSalesTarget(
                        id,
                        salesperson,
                        request.month(),
                        request.target(),
                        properties.functionalCurrency(),
                        staff.current()),
                id);
    }

    @GetMapping
    @ReadsProjection("sales-performance")
    SalesTargetPage targets(
            @RequestParam(required = false) String salesperson,
            @RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth from,
            @RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth to,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
        return queries.query(
                        new ListSalesTargets(
                                readers.salesperson(salesperson),
                                from,
                                to,
                                properties.functionalCurrency(),
                                page,
                                size),
                        ResponseTypes.instanceOf(SalesTargetPage.class))
                .join();
    }

    record Target(
            @NotBlank String salesperson,
            @NotNull @JsonFormat(pattern = "yyyy-MM") YearMonth month,
            @NotNull Money target) {}
}
