package com.tradeledger.replaycheck;

import com.tradeledger.security.Role;
import com.tradeledger.security.Staff;
import com.tradeledger.web.Forbidden;
import com.tradeledger.web.ProblemDetails;
import com.tradeledger.web.ProjectionRebuilding;
import com.tradeledger.web.ProjectionRebuilds;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The replay check for auditors and administrators: rebuilds the chosen projection from the log into shadow tables
 * and reports every difference from its live view. It answers when done (one transaction, rolled back), so it suits
 * ledgers whose projection replays in seconds; see {@link ShadowReplay}.
 */
@RestController
@RequestMapping("/api/v1/audit/replay-checks")
class ReplayCheckController {

    private final ShadowReplay replay;
    private final ProjectionRebuilds rebuilds;
    private final Staff staff;

    ReplayCheckController(ShadowReplay replay, ProjectionRebuilds rebuilds, Staff staff) {
        this.replay = replay;
        this.rebuilds = rebuilds;
        this.staff = staff;
    }

    @PostMapping
    ReplayCheckReport check(@Valid @RequestBody ReplayCheckRequest request) {
        if (!staff.currentUserHas(Role.AUDITOR) && !staff.currentUserHas(Role.ADMIN)) {
            throw new Forbidden("only auditors and administrators run replay checks");
        }
        String projection = request.projection();
        List<String> tables = ProjectionTables.of(projection)
                .orElseThrow(() -> new UnknownProjection(projection, ProjectionTables.projections()));
        if (rebuilds.inProgress(projection)) {
            throw new ProjectionRebuilding(projection);
        }
        return replay.check(projection, tables);
    }

    @ExceptionHandler(UnknownProjection.class)
    ProblemDetail unknown(UnknownProjection unknown) {
        ProblemDetail problem = ProblemDetails.of(HttpStatus.NOT_FOUND, "not-found", unknown.getMessage());
        problem.setProperty("knownProjections", unknown.known());
        return problem;
    }
}
