package com.tradeledger.audit;

import com.tradeledger.security.Staff;
import com.tradeledger.web.NotFound;
import com.tradeledger.web.ReadsProjection;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The audit export of a contract's whole story (订单历史): the quote and all its revisions, the contract,
 * requisitions, the purchase orders' events for lines serving it, receipts against those lines, shipments, invoices,
 * the payments applied to them and commissions, in global order, as JSON Lines with the chain hashes. Which events
 * belong to the story is what the {@code order-history} projection worked out from the events' own links; the
 * lines themselves are read from the log.
 */
@RestController
@RequestMapping("/api/v1/audit/export/contracts")
@ReadsProjection("order-history")
class ContractStoryExportController {

    private final AuditExport export;
    private final JdbcClient jdbc;
    private final Staff staff;

    ContractStoryExportController(AuditExport export, JdbcClient jdbc, Staff staff) {
        this.export = export;
        this.jdbc = jdbc;
        this.staff = staff;
    }

    @GetMapping("/{contractId}")
    ResponseEntity<StreamingResponseBody> contract(@PathVariable UUID contractId) {
        AuditExportAccess.require(staff);
        boolean concluded =
                jdbc.sql("""
                        SELECT count(*) FROM domainevententry
                         WHERE aggregateidentifier = ? AND sequencenumber = 0 AND type = 'Contract'""").param(contractId.toString()).query(Long.class).single() > 0;
        if (!concluded) {
            throw new NotFound("contract", contractId);
        }
        return export.contractStory(contractId);
    }
}
