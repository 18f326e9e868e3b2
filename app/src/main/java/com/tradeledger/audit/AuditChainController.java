package com.tradeledger.audit;

import com.tradeledger.security.Role;
import com.tradeledger.security.Staff;
import com.tradeledger.web.Forbidden;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Tamper evidence over HTTP, for auditors and administrators: the chain's current digest, and a verification that
 * recomputes the chain from the stored rows, optionally against a digest recorded earlier.
 */
@RestController
@RequestMapping("/api/v1/audit")
class AuditChainController {

    private final DataSource dataSource;
    private final Staff staff;

    AuditChainController(DataSource dataSource, Staff staff) {
        this.dataSource = dataSource;
        this.staff = staff;
    }

    /** The head position and hash, to write down or publish elsewhere. */
    @GetMapping("/digest")
    ChainDigest digest() throws SQLException {
        requireAuditor();
        try (Connection connection = dataSource.getConnection()) {
            return ReadOnlySnapshot.read(connection, reading -> new ChainVerifier(reading).head());
        }
    }

    /** Recomputes the whole chain; with a recorded digest in the body, also checks that the chain still reaches it. */
    @PostMapping("/verify")
    ChainVerdict verify(@RequestBody(required = false) RecordedDigest recorded) throws SQLException {
        requireAuditor();
        try (Connection connection = dataSource.getConnection()) {
            return ReadOnlySnapshot.read(connection, reading -> new ChainVerifier(reading).verify(recorded));
        }
    }

    private void requireAuditor() {
        if (!staff.currentUserHas(Role.AUDITOR) && !staff.currentUserHas(Role.ADMIN)) {
            throw new Forbidden("only auditors and administrators read the hash chain");
        }
    }
}
