package com.tradeledger.web;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.tradeledger.shared.BusinessRuleViolation;
import com.tradeledger.shared.UnknownSortField;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Currency;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.stream.Collectors;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.eventsourcing.IncompatibleAggregateException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error as {@code application/problem+json} (RFC 9457) with a stable {@code code} and, where one field is at
 * fault, the {@code errors} that name it: 400 malformed, 404 unknown, 409 rule broken, 412 stale version.
 */
@RestControllerAdvice
class Problems extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(Problems.class);

    private static ProblemDetail problem(HttpStatusCode status, String code, String detail) {
        return ProblemDetails.of(status, code, detail);
    }

    private static ProblemDetail withErrors(ProblemDetail problem, List<FieldError> errors) {
        problem.setProperty("errors", errors);
        return problem;
    }

    @ExceptionHandler(BusinessRuleViolation.class)
    ProblemDetail ruleBroken(BusinessRuleViolation violation) {
        return problem(HttpStatus.CONFLICT, violation.code(), violation.getMessage());
    }

    @ExceptionHandler(AggregateNotFoundException.class)
    ProblemDetail unknownAggregate(AggregateNotFoundException exception) {
        return problem(HttpStatus.NOT_FOUND, "not-found", exception.getMessage());
    }

    /** The id belongs to another kind of aggregate (a product's id sent to a customer endpoint): unknown here. */
    @ExceptionHandler(IncompatibleAggregateException.class)
    ProblemDetail otherKindOfAggregate(IncompatibleAggregateException exception) {
        return problem(HttpStatus.NOT_FOUND, "not-found", "nothing of this kind is registered under that id");
    }

    @ExceptionHandler(NotFound.class)
    ProblemDetail notFound(NotFound exception) {
        return problem(HttpStatus.NOT_FOUND, "not-found", exception.getMessage());
    }

    @ExceptionHandler(ConflictingAggregateVersionException.class)
    ProblemDetail staleVersion(ConflictingAggregateVersionException exception) {
        ProblemDetail problem = problem(
                HttpStatus.PRECONDITION_FAILED,
                "stale-version",
                "If-Match expected version " + exception.getExpectedVersion() + " but it is now "
                        + exception.getActualVersion() + "; read it again and retry");
        problem.setProperty("currentVersion", exception.getActualVersion());
        return problem;
    }

    /** Another command changed the aggregate meanwhile: stale (412) if the client named the version it read. */
    @ExceptionHandler({ConcurrencyException.class, ConcurrencyFailureException.class})
    ProblemDetail concurrentChange(Exception exception, HttpServletRequest request) {
        if (request.getHeader(HttpHeaders.IF_MATCH) != null) {
            return problem(
                    HttpStatus.PRECONDITION_FAILED,
                    "stale-version",
                    "the version named in If-Match was changed by a concurrent command; read it again and retry");
        }
        return problem(
                HttpStatus.CONFLICT, "concurrent-modification", "someone else changed it at the same moment; retry");
    }

    @ExceptionHandler(AggregateStreamCreationException.class)
    ProblemDetail alreadyExists(AggregateStreamCreationException exception) {
        return problem(HttpStatus.CONFLICT, "already-exists", "something is already registered under that id");
    }

    @ExceptionHandler(CommandExecutionException.class)
    ProblemDetail wrapped(CommandExecutionException exception) {
        if (exception.getCause() instanceof BusinessRuleViolation violation) {
            return ruleBroken(violation);
        }
        throw exception;
    }

    @ExceptionHandler(InvalidField.class)
    ProblemDetail invalidField(InvalidField exception) {
        return withErrors(
                problem(HttpStatus.BAD_REQUEST, exception.code(), exception.field() + ": " + exception.getMessage()),
                List.of(new FieldError(exception.field(), exception.getMessage())));
    }

    @ExceptionHandler(Forbidden.class)
    ProblemDetail forbidden(Forbidden exception) {
        return problem(HttpStatus.FORBIDDEN, "forbidden", exception.getMessage());
    }

    @ExceptionHandler(IdempotencyKeyReused.class)
    ProblemDetail keyReused(IdempotencyKeyReused exception) {
        return problem(HttpStatus.UNPROCESSABLE_ENTITY, "idempotency-key-reused", exception.getMessage());
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail invalidValue(IllegalArgumentException exception) {
        return problem(HttpStatus.BAD_REQUEST, "invalid-value", exception.getMessage());
    }

    @ExceptionHandler(ProjectionRebuilding.class)
    ResponseEntity<ProblemDetail> rebuilding(ProjectionRebuilding exception) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, "5")
                .body(problem(HttpStatus.SERVICE_UNAVAILABLE, "projection-rebuilding", exception.getMessage()));
    }

    @ExceptionHandler(UnknownSortField.class)
    ProblemDetail invalidSort(UnknownSortField exception) {
        return withErrors(
                problem(HttpStatus.BAD_REQUEST, "invalid-sort", exception.getMessage()),
                List.of(new FieldError("sort", exception.getMessage())));
    }

    /** A query whose handler refused the request: answered as that refusal, anything else as unforeseen. */
    @ExceptionHandler(CompletionException.class)
    ProblemDetail failedQuery(CompletionException exception) {
        for (Throwable cause = exception.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof UnknownSortField unknown) {
                return invalidSort(unknown);
            }
        }
        return unexpected(exception);
    }

    /** Anything unforeseen: logged with its correlation id, answered as a problem without internals. */
    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception exception) {
        log.error("Unexpected failure", exception);
        return problem(
                HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", "the server failed; quote the correlationId");
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail badParameter(MethodArgumentTypeMismatchException exception) {
        String detail = "'" + exception.getValue() + "' is not a valid " + exception.getName();
        return withErrors(
                problem(HttpStatus.BAD_REQUEST, "invalid-value", detail),
                List.of(new FieldError(exception.getName(), detail)));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException exception, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldError> errors = exception.getBindingResult().getFieldErrors().stream()
                .map(error -> new FieldError(error.getField(), error.getDefaultMessage()))
                .toList();
        return invalidRequest(errors);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(
            HandlerMethodValidationException exception,
            HttpHeaders headers,
            HttpStatusCode status,
            WebRequest request) {
        List<FieldError> errors = exception.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream()
                        .map(error -> new FieldError(
                                result.getMethodParameter().getParameterName(), error.getDefaultMessage())))
                .toList();
        return invalidRequest(errors);
    }

    private static ResponseEntity<Object> invalidRequest(List<FieldError> errors) {
        String detail = errors.stream().map(FieldError::describe).collect(Collectors.joining("; "));
        return ResponseEntity.badRequest()
                .body(withErrors(problem(HttpStatus.BAD_REQUEST, "invalid-request", detail), errors));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException exception, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (exception.getCause() instanceof JsonMappingException mapping) {
            if (!mapping.getPath().isEmpty()) {
                String field = pathOf(mapping);
                return ResponseEntity.badRequest()
                        .body(withErrors(
                                problem(HttpStatus.BAD_REQUEST, "invalid-value", field + ": " + reasonOf(mapping)),
                                List.of(new FieldError(field, reasonOf(mapping)))));
            }
            if (mapping instanceof ValueInstantiationException) {
                return ResponseEntity.badRequest()
                        .body(problem(HttpStatus.BAD_REQUEST, "invalid-value", reasonOf(mapping)));
            }
        }
        return ResponseEntity.badRequest()
                .body(problem(HttpStatus.BAD_REQUEST, "malformed-json", "the request body is not valid JSON"));
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(
            MissingServletRequestParameterException missing,
            HttpHeaders headers,
            HttpStatusCode status,
            WebRequest request) {
        String field = missing.getParameterName();
        String message = "required " + missing.getParameterType() + " parameter";
        return ResponseEntity.badRequest()
                .body(withErrors(
                        problem(HttpStatus.BAD_REQUEST, "missing-parameter", field + ": " + message),
                        List.of(new FieldError(field, message))));
    }

    @Override
    protected ResponseEntity<Object> createResponseEntity(
            Object body, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (body instanceof ProblemDetail problem
                && (problem.getProperties() == null || !problem.getProperties().containsKey("code"))) {
            String code = status.value() == 404 ? "not-found" : "http-" + status.value();
            ProblemDetail stable = problem(status, code, problem.getDetail());
            return new ResponseEntity<>(stable, headers, status);
        }
        return super.createResponseEntity(body, headers, status, request);
    }

    private static String pathOf(JsonMappingException mapping) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : mapping.getPath()) {
            if (reference.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String reasonOf(JsonMappingException mapping) {
        if (mapping instanceof ValueInstantiationException instantiation && instantiation.getCause() != null) {
            return instantiation.getCause().getMessage();
        }
        if (mapping instanceof InvalidFormatException format) {
            if (format.getTargetType() == Currency.class) {
                return "'" + format.getValue() + "' is not an ISO 4217 currency code";
            }
            if (format.getTargetType() != null && format.getTargetType().isEnum()) {
                return "'" + format.getValue() + "' is not one of "
                        + List.of(format.getTargetType().getEnumConstants());
            }
            return "'" + format.getValue() + "' is not a valid "
                    + format.getTargetType().getSimpleName();
        }
        if (mapping instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return "expected a " + mismatch.getTargetType().getSimpleName();
        }
        return mapping.getOriginalMessage();
    }

    /** One field at fault and what is wrong with it. */
    record FieldError(String field, String message) {

        String describe() {
            return field + ": " + message;
        }
    }
}
