package org.aiip.tracker.api.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.aiip.tracker.system.NotFoundException;

import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.util.ClassUtils;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error of the API as an RFC 9457 problem detail ({@code application/problem+json}), with title
 * and detail in the request's language, and for invalid input an {@code errors} list of
 * {@code {"field", "message"}}. Limited to the API's controllers: the HTML pages keep their error pages.
 */
@RestControllerAdvice(basePackageClasses = ApiExceptionHandler.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    /** One invalid field or parameter, as listed in a problem's {@code errors}. */
    record FieldMessage(String field, String message) {
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(NotFoundException ex) {
        return respond(problem(HttpStatus.NOT_FOUND, "notFound"), new HttpHeaders());
    }

    @ExceptionHandler(InvalidParametersException.class)
    ResponseEntity<ProblemDetail> invalidParameters(InvalidParametersException ex) {
        List<FieldMessage> errors = ex.parameters()
            .stream()
            .map(p -> new FieldMessage(p.field(), message(p.messageCode(), p.arguments())))
            .toList();
        return respond(badRequest(errors), new HttpHeaders());
    }

    @ExceptionHandler(RateLimitExceededException.class)
    ResponseEntity<ProblemDetail> tooManyRequests(RateLimitExceededException ex) {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.RETRY_AFTER, Long.toString(ex.retryAfterSeconds()));
        return respond(problem(HttpStatus.TOO_MANY_REQUESTS, "tooManyRequests", ex.limit(), ex.periodSeconds(),
                ex.retryAfterSeconds()), headers);
    }

    /** Anything unforeseen: 500 without internals; access decisions stay with Spring Security. */
    @ExceptionHandler(RuntimeException.class)
    ResponseEntity<ProblemDetail> unexpected(RuntimeException ex) {
        if (ex instanceof AccessDeniedException || ex instanceof AuthenticationException) {
            throw ex;
        }
        log.error("API request failed", ex);
        return respond(problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal"), new HttpHeaders());
    }

    /** A request body or form object that failed Bean Validation: one entry per field error. */
    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldMessage> errors = new ArrayList<>();
        ex.getBindingResult().getFieldErrors().forEach(e -> errors.add(new FieldMessage(e.getField(), message(e))));
        ex.getBindingResult()
            .getGlobalErrors()
            .forEach(e -> errors.add(new FieldMessage(e.getObjectName(), message(e))));
        return handleExceptionInternal(ex, badRequest(errors), headers, HttpStatus.BAD_REQUEST, request);
    }

    /** A constraint on a request parameter (such as {@code size} between 1 and 100) that failed. */
    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldMessage> errors = new ArrayList<>();
        ex.getParameterValidationResults().forEach(result -> {
            RequestParam param = result.getMethodParameter().getParameterAnnotation(RequestParam.class);
            String field = (param != null && !param.name().isEmpty()) ? param.name()
                    : result.getMethodParameter().getParameterName();
            result.getResolvableErrors().forEach(e -> errors.add(new FieldMessage(field, message(e))));
        });
        return handleExceptionInternal(ex, badRequest(errors), headers, HttpStatus.BAD_REQUEST, request);
    }

    /** A parameter that is not of its type: text for a number, an unknown name for a list of choices. */
    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        Class<?> type = ex.getRequiredType();
        String text;
        if (type != null && type.isEnum()) {
            text = message("api.invalid.choice", Arrays.stream(type.getEnumConstants())
                .map(c -> ((Enum<?>) c).name())
                .collect(Collectors.joining(", ")));
        }
        else {
            boolean number = type != null && Number.class.isAssignableFrom(ClassUtils.resolvePrimitiveIfNecessary(type));
            text = message(number ? "api.invalid.number" : "api.invalid.value");
        }
        return handleExceptionInternal(ex, badRequest(List.of(new FieldMessage(ex.getPropertyName(), text))), headers,
                HttpStatus.BAD_REQUEST, request);
    }

    private ProblemDetail badRequest(List<FieldMessage> errors) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "badRequest");
        problem.setProperty("errors", errors);
        return problem;
    }

    private ProblemDetail problem(HttpStatus status, String key, Object... detailArguments) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
                message("api.problem." + key + ".detail", detailArguments));
        problem.setTitle(message("api.problem." + key + ".title"));
        return problem;
    }

    private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem, HttpHeaders headers) {
        return ResponseEntity.status(problem.getStatus()).headers(headers).body(problem);
    }

    private String message(String code, Object... arguments) {
        return getMessageSource().getMessage(code, arguments, locale());
    }

    private String message(MessageSourceResolvable resolvable) {
        if (resolvable instanceof FieldError error && error.isBindingFailure()) {
            return message("api.invalid.value");
        }
        return getMessageSource().getMessage(resolvable, locale());
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }

}
