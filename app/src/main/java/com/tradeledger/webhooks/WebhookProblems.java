package com.tradeledger.webhooks;

import com.tradeledger.web.ProblemDetails;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The one refusal of webhooks that the shared error handling does not know: the log too busy to settle its head. */
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(assignableTypes = WebhookController.class)
class WebhookProblems {

    @ExceptionHandler(LogBusy.class)
    ResponseEntity<ProblemDetail> logBusy(LogBusy busy) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, "1")
                .body(ProblemDetails.of(HttpStatus.SERVICE_UNAVAILABLE, "log-busy", busy.getMessage()));
    }
}
