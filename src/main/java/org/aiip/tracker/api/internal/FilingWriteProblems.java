package org.aiip.tracker.api.internal;

import java.net.URI;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.MismatchedInputException;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.stereotype.Component;

import org.aiip.tracker.system.NotFoundException;
import org.aiip.tracker.system.RuleViolation;
import org.aiip.tracker.system.StaleVersionException;

/**
 * The write calls' errors as RFC 9457 problem details ({@code application/problem+json}) in the
 * caller's language: broken rules (422, with the form's message for each field), an unknown or
 * someone else's filing (404), a missing {@code If-Match} (428), a stale version (412, with the
 * current ETag) and a body that cannot be read (400). {@link FilingWriteController}'s own exception
 * handlers call these, so that they come before any advice for the whole API.
 */
@Component
class FilingWriteProblems {

    /** No type of our own: the HTTP status says what kind of problem it is (RFC 9457, section 4.2.1). */
    private static final URI ABOUT_BLANK = URI.create("about:blank");

    private final MessageSource messages;

    /** One broken rule in a problem's {@code errors}: the request field and the message to show. */
    record FieldMessage(String field, String message) {
    }

    FilingWriteProblems(MessageSource messages) {
        this.messages = messages;
    }

    ResponseEntity<ProblemDetail> invalid(FilingWrites.InvalidFilingException ex, HttpServletRequest request,
            Locale locale) {
        ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, "api.write.invalid", request, locale);
        problem.setProperty("errors", ex.violations().stream().map(v -> fieldError(v, locale)).toList());
        if (ex.duplicateOf() != null) {
            problem.setProperty("duplicateOf", "/api/v1/filings/" + ex.duplicateOf());
        }
        return ResponseEntity.of(problem).build();
    }

    ResponseEntity<ProblemDetail> notFound(NotFoundException ex, HttpServletRequest request, Locale locale) {
        return ResponseEntity.of(problem(HttpStatus.NOT_FOUND, "api.write.notFound", request, locale)).build();
    }

    ResponseEntity<ProblemDetail> ifMatchMissing(FilingVersions.PreconditionRequiredException ex,
            HttpServletRequest request, Locale locale) {
        return ResponseEntity.of(problem(HttpStatus.PRECONDITION_REQUIRED, "api.write.ifMatchMissing", request, locale))
            .build();
    }

    ResponseEntity<ProblemDetail> stale(StaleVersionException ex, HttpServletRequest request,
            Locale locale) {
        long current = ex.current(Long.class);
        String etag = FilingVersions.etag(current);
        ProblemDetail problem = problem(HttpStatus.PRECONDITION_FAILED, "api.write.stale", request, locale, etag);
        problem.setProperty("currentVersion", current);
        return ResponseEntity.status(HttpStatus.PRECONDITION_FAILED).eTag(etag).body(problem);
    }

    /** A body that is not JSON gives 400; a value of the wrong kind (a date, an office) names its field, 422. */
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException ex, HttpServletRequest request,
            Locale locale) {
        Optional<ApiBodyLimitFilter.BodyTooLargeException> tooLarge = ApiBodyLimitFilter.BodyTooLargeException.in(ex);
        if (tooLarge.isPresent()) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE,
                    this.messages.getMessage("api.problem.payloadTooLarge.detail",
                            new Object[] { tooLarge.get().limit() / 1024 }, locale));
            problem.setTitle(this.messages.getMessage("api.problem.payloadTooLarge.title", null, locale));
            problem.setType(ABOUT_BLANK);
            problem.setInstance(URI.create(request.getRequestURI()));
            return ResponseEntity.of(problem).build();
        }
        if (ex.getCause() instanceof MismatchedInputException mismatch && field(mismatch) != null) {
            ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, "api.write.invalid", request, locale);
            problem.setProperty("errors",
                    List.of(new FieldMessage(field(mismatch), typeMessage(mismatch.getTargetType(), locale))));
            return ResponseEntity.of(problem).build();
        }
        return ResponseEntity.of(problem(HttpStatus.BAD_REQUEST, "api.write.unreadable", request, locale)).build();
    }

    private FieldMessage fieldError(RuleViolation violation, Locale locale) {
        return new FieldMessage(violation.field(), this.messages.getMessage(violation.code(), violation.arguments(),
                violation.defaultMessage(), locale));
    }

    /** The request field (JSON property) a mismatched value was given for, or null. */
    private static String field(MismatchedInputException ex) {
        List<JacksonException.Reference> path = ex.getPath();
        return path.isEmpty() ? null : path.get(0).getPropertyName();
    }

    private String typeMessage(Class<?> type, Locale locale) {
        if (type != null && type.isEnum()) {
            String allowed = String.join(", ", Arrays.stream(type.getEnumConstants()).map(String::valueOf).toList());
            return this.messages.getMessage("api.write.oneOf", new Object[] { allowed }, locale);
        }
        if (type == LocalDate.class) {
            return this.messages.getMessage("typeMismatch.java.time.LocalDate", null, locale);
        }
        return this.messages.getMessage("api.write.wrongType", null, locale);
    }

    private ProblemDetail problem(HttpStatus status, String detailCode, HttpServletRequest request, Locale locale,
            Object... arguments) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
                this.messages.getMessage(detailCode, arguments, locale));
        problem.setTitle(this.messages.getMessage("api.write.title." + status.value(), null, status.getReasonPhrase(),
                locale));
        problem.setType(ABOUT_BLANK);
        problem.setInstance(URI.create(request.getRequestURI()));
        return problem;
    }

}
