package com.masthead.system;

import com.masthead.shared.ForbiddenException;
import com.masthead.shared.InvalidInputException;
import com.masthead.shared.NotFoundException;
import com.masthead.shared.UnavailableException;
import com.masthead.shared.VersionConflictException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;

/**
 * Turns every failure of a JSON API call into an RFC 9457 problem document with a stable {@code code} and, for
 * input errors, an {@code errors} list naming each offending field. Never exposes a stack trace, a class name or
 * a database message.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblemAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiProblemAdvice.class);

    private final MessageSource messages;

    ApiProblemAdvice(MessageSource messages) {
        this.messages = messages;
        setMessageSource(messages);
    }

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<ProblemDetail> invalid(InvalidInputException e) {
        Locale locale = LocaleContextHolder.getLocale();
        List<Map<String, String>> errors = e.problems().stream()
                .map(p -> fieldError(p.field(), messages.getMessage(p.messageKey(), p.arguments(), locale)))
                .toList();
        return validationProblem(errors);
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(NotFoundException e) {
        Locale locale = LocaleContextHolder.getLocale();
        String kind = messages.getMessage("kind." + e.kind(), null, e.kind(), locale);
        if (e.field() != null) {
            String message = messages.getMessage("problem.unknown-reference", new Object[] {kind, e.key()}, locale);
            ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, ProblemCodes.UNKNOWN_REFERENCE, message);
            problem.setProperty("errors", List.of(fieldError(e.field(), message)));
            return ResponseEntity.unprocessableContent().body(problem);
        }
        String message = messages.getMessage("problem.not-found", new Object[] {kind, e.key()}, locale);
        return ResponseEntity.status(HttpStatus.NOT_FOUND)
                .body(problem(HttpStatus.NOT_FOUND, ProblemCodes.NOT_FOUND, message));
    }

    @ExceptionHandler(ForbiddenException.class)
    ResponseEntity<ProblemDetail> forbidden(ForbiddenException e) {
        String message = messages.getMessage(e.messageKey(), e.arguments(), LocaleContextHolder.getLocale());
        return ResponseEntity.status(HttpStatus.FORBIDDEN)
                .body(problem(HttpStatus.FORBIDDEN, ProblemCodes.FORBIDDEN, message));
    }

    @ExceptionHandler(VersionConflictException.class)
    ResponseEntity<ProblemDetail> conflict(VersionConflictException e) {
        String message = messages.getMessage(
                "problem.version-conflict", new Object[] {e.expectedVersion()}, LocaleContextHolder.getLocale());
        ProblemDetail problem = problem(HttpStatus.CONFLICT, ProblemCodes.VERSION_CONFLICT, message);
        problem.setProperty("errors", List.of(fieldError("version", message)));
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
    }

    /** A query string or form body the container could not decode (broken percent-escapes or UTF-8). */
    @ExceptionHandler(InvalidParameterException.class)
    ResponseEntity<ProblemDetail> undecodable(InvalidParameterException e) {
        String message = messages.getMessage("problem.undecodable", null, LocaleContextHolder.getLocale());
        return ResponseEntity.badRequest()
                .body(problem(HttpStatus.BAD_REQUEST, ProblemCodes.MALFORMED_REQUEST, message));
    }

    /** A service the call needs is down (the search cluster): 503, and the client may retry later. */
    @ExceptionHandler(UnavailableException.class)
    ResponseEntity<ProblemDetail> unavailable(UnavailableException e) {
        log.warn("service unavailable: {}", e.getMessage());
        String message = messages.getMessage(e.messageKey(), null, LocaleContextHolder.getLocale());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .body(problem(HttpStatus.SERVICE_UNAVAILABLE, ProblemCodes.UNAVAILABLE, message));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        log.error("unhandled API error", e);
        String message = messages.getMessage("problem.internal", null, LocaleContextHolder.getLocale());
        return ResponseEntity.internalServerError()
                .body(problem(HttpStatus.INTERNAL_SERVER_ERROR, ProblemCodes.INTERNAL_ERROR, message));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Locale locale = LocaleContextHolder.getLocale();
        List<Map<String, String>> errors = new ArrayList<>();
        for (FieldError error : e.getBindingResult().getFieldErrors()) {
            errors.add(fieldError(error.getField(), messages.getMessage(error, locale)));
        }
        e.getBindingResult()
                .getGlobalErrors()
                .forEach(error -> errors.add(fieldError(error.getObjectName(), messages.getMessage(error, locale))));
        return ResponseEntity.badRequest().body(validationProblem(errors).getBody());
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(
            HandlerMethodValidationException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Locale locale = LocaleContextHolder.getLocale();
        List<Map<String, String>> errors = new ArrayList<>();
        e.getParameterValidationResults()
                .forEach(result -> result.getResolvableErrors()
                        .forEach(error -> errors.add(fieldError(
                                result.getMethodParameter().getParameterName(), messages.getMessage(error, locale)))));
        return ResponseEntity.badRequest().body(validationProblem(errors).getBody());
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Locale locale = LocaleContextHolder.getLocale();
        String message = messages.getMessage("problem.malformed-body", null, locale);
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, ProblemCodes.MALFORMED_REQUEST, message);
        if (e.getCause() instanceof JacksonException jackson
                && !jackson.getPath().isEmpty()) {
            String field = jsonPath(jackson);
            problem.setProperty(
                    "errors", List.of(fieldError(field, messages.getMessage("problem.field-type", null, locale))));
        }
        return ResponseEntity.badRequest().body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(
            Exception e, Object body, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ResponseEntity<Object> response = super.handleExceptionInternal(e, body, headers, status, request);
        if (response != null && response.getBody() instanceof ProblemDetail problem) {
            if (problem.getProperties() == null || !problem.getProperties().containsKey("code")) {
                problem.setProperty("code", codeFor(status));
            }
        }
        return response;
    }

    private static String jsonPath(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : e.getPath()) {
            if (reference.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String codeFor(HttpStatusCode status) {
        return switch (status.value()) {
            case 400 -> ProblemCodes.MALFORMED_REQUEST;
            case 404 -> ProblemCodes.NOT_FOUND;
            case 405 -> ProblemCodes.METHOD_NOT_ALLOWED;
            case 413 -> ProblemCodes.PAYLOAD_TOO_LARGE;
            case 415 -> ProblemCodes.UNSUPPORTED_MEDIA_TYPE;
            default -> status.is5xxServerError() ? ProblemCodes.INTERNAL_ERROR : "http-" + status.value();
        };
    }

    private ResponseEntity<ProblemDetail> validationProblem(List<Map<String, String>> errors) {
        String message = messages.getMessage("problem.validation", null, LocaleContextHolder.getLocale());
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, ProblemCodes.VALIDATION_FAILED, message);
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().body(problem);
    }

    private static ProblemDetail problem(HttpStatus status, String code, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(status.getReasonPhrase());
        problem.setProperty("code", code);
        return problem;
    }

    private static Map<String, String> fieldError(String field, String message) {
        return Map.of("field", field, "message", message);
    }
}
