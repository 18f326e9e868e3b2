package com.tradeledger.audit;

import com.tradeledger.web.ProblemDetails;
import java.time.Instant;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/** The aggregate did not exist yet at the time asked: its first event came later. Answered 404, naming that time. */
class NoStateBeforeFirstEvent extends ErrorResponseException {

    NoStateBeforeFirstEvent(String aggregateId, Instant at, Instant firstEventAt) {
        super(HttpStatus.NOT_FOUND, problem(aggregateId, at, firstEventAt), null);
    }

    private static org.springframework.http.ProblemDetail problem(String aggregateId, Instant at, Instant first) {
        var problem = ProblemDetails.of(
                HttpStatus.NOT_FOUND,
                "no-state-before-first-event",
                "aggregate " + aggregateId + " had no state at " + at + ": its first event is at " + first);
        problem.setProperty("firstEventAt", first.toString());
        return problem;
    }
}
