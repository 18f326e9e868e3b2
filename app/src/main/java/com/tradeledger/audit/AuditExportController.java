package com.tradeledger.audit;

import com.tradeledger.security.Staff;
import com.tradeledger.web.InvalidField;
import java.time.Instant;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The audit export of a period: every event stamped from {@code from} (inclusive) to {@code to} (exclusive), in
 * global order, as JSON Lines with the chain hashes, for an auditor's own tools.
 */
@RestController
@RequestMapping("/api/v1/audit/export")
class AuditExportController {

    private final AuditExport export;
    private final Staff staff;

    AuditExportController(AuditExport export, Staff staff) {
        this.export = export;
        this.staff = staff;
    }

    @GetMapping
    ResponseEntity<StreamingResponseBody> period(
            @RequestParam(required = false) Instant from, @RequestParam(required = false) Instant to) {
        AuditExportAccess.require(staff);
        if (from == null || to == null) {
            throw new InvalidField(from == null ? "from" : "to", "a period is given by both from and to (ISO 8601)");
        }
        if (!from.isBefore(to)) {
            throw new InvalidField("to", "the period must end after it begins (" + from + ")");
        }
        return export.period(from, to);
    }
}
