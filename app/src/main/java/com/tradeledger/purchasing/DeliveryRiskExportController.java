package com.tradeledger.purchasing;

import com.tradeledger.shared.ContractId;
import com.tradeledger.shared.SupplierId;
import com.tradeledger.web.CsvExport;
import com.tradeledger.web.ReadsProjection;
import jakarta.validation.constraints.Min;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * Delivery risks (交期匹配) as {@code text/csv} for analysts' spreadsheets ({@code ?format=csv} or
 * {@code Accept: text/csv}): every risk the list's filters select, in the list's order, one line each without its
 * history. Read by everyone who reads the list.
 */
@RestController
@ReadsProjection("delivery-risks")
class DeliveryRiskExportController {

    private static final String LIST = "/api/v1/delivery-risks";

    private final DeliveryRiskExport export;

    DeliveryRiskExportController(DeliveryRiskExport export) {
        this.export = export;
    }

    @GetMapping(value = LIST, params = "format=csv")
    ResponseEntity<StreamingResponseBody> csv(
            @RequestParam(required = false) UUID contractId,
            @RequestParam(required = false) UUID supplierId,
            @RequestParam(required = false) DeliveryRiskStatus status,
            @RequestParam(required = false) @Min(0) Integer minDaysLate,
            @RequestParam(required = false) String sort) {
        DeliveryRiskSelection selection = export.select(new ListDeliveryRisks(
                contractId == null ? null : new ContractId(contractId),
                supplierId == null ? null : new SupplierId(supplierId),
                status,
                minDaysLate,
                0,
                1,
                sort));
        return CsvExport.of("delivery-risks", DeliveryRiskRow.class, sink -> export.export(selection, sink));
    }

    @GetMapping(value = LIST, produces = "text/csv")
    ResponseEntity<StreamingResponseBody> acceptingCsv(
            @RequestParam(required = false) UUID contractId,
            @RequestParam(required = false) UUID supplierId,
            @RequestParam(required = false) DeliveryRiskStatus status,
            @RequestParam(required = false) @Min(0) Integer minDaysLate,
            @RequestParam(required = false) String sort) {
        return csv(contractId, supplierId, status, minDaysLate, sort);
    }
}
