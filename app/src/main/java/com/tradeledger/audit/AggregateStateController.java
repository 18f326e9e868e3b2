package com.tradeledger.audit;

import com.tradeledger.security.Role;
import com.tradeledger.security.Staff;
import com.tradeledger.web.Forbidden;
import java.time.Instant;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Any aggregate's state at a point in time, for an auditor: as of a moment ({@code at}, ISO 8601) or a sequence
 * number ({@code sequence}), or the latest when neither is given, rebuilt from its events by the aggregate's own
 * event-sourcing handlers. A sequence past the aggregate's last event gives its latest state, which the answer says
 * ({@code latest}, and {@code asOf.sequence} below the one asked).
 */
@RestController
@RequestMapping("/api/v1/audit/aggregates")
class AggregateStateController {

    private final AggregateStates states;
    private final Staff staff;

    AggregateStateController(AggregateStates states, Staff staff) {
        this.states = states;
        this.staff = staff;
    }

    @GetMapping("/{id}/state")
    AggregateStateView state(
            @PathVariable String id,
            @RequestParam(required = false) Instant at,
            @RequestParam(required = false) Long sequence) {
        if (!staff.currentUserHas(Role.AUDITOR) && !staff.currentUserHas(Role.ADMIN)) {
            throw new Forbidden("only auditors and administrators rebuild an aggregate's past state");
        }
        return states.stateOf(id, new StateAsked(at, sequence));
    }
}
