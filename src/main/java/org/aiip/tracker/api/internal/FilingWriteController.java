package org.aiip.tracker.api.internal;

import java.net.URI;
import java.util.Locale;

import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import org.aiip.tracker.system.NotFoundException;
import org.aiip.tracker.system.StaleVersionException;

/**
 * Writing filings through the API, for admins and editors with a personal API token
 * ({@code account/ApiSecurityConfig}): create, replace (with {@code If-Match}) and withdraw.
 * Errors are problem details ({@link FilingWriteProblems}); the handlers are declared here, on the
 * controller, so that they come before any advice for the whole API.
 */
@RestController
@RequestMapping(path = "/api/v1/filings", produces = MediaType.APPLICATION_JSON_VALUE)
@SecurityRequirement(name = OpenApiConfig.API_TOKEN)
class FilingWriteController {

    private final FilingWrites writes;

    private final FilingWriteProblems problems;

    FilingWriteController(FilingWrites writes, FilingWriteProblems problems) {
        this.writes = writes;
        this.problems = problems;
    }

    /** Creates a filing: 201 with its address and ETag. */
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<FilingWriteResponse> create(@RequestBody FilingWriteRequest request) {
        FilingWriteResponse created = this.writes.create(request);
        URI location = ServletUriComponentsBuilder.fromCurrentContextPath()
            .path("/api/v1/filings/{id}")
            .buildAndExpand(created.id())
            .toUri();
        return ResponseEntity.created(location).eTag(created.etag()).body(created);
    }

    /** Replaces a filing's fields if {@code If-Match} names its current version. */
    @PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<FilingWriteResponse> update(@PathVariable Long id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody FilingWriteRequest request) {
        try {
            return ok(this.writes.update(id, ifMatch, request));
        }
        catch (ObjectOptimisticLockingFailureException ex) {
            throw new StaleVersionException("the filing", this.writes.currentVersion(id));
        }
    }

    /** Withdraws a filing with a reason, if {@code If-Match} names its current version. */
    @PostMapping(path = "/{id}/withdraw", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<FilingWriteResponse> withdraw(@PathVariable Long id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody WithdrawalRequest request) {
        try {
            return ok(this.writes.withdraw(id, ifMatch, request.reason()));
        }
        catch (ObjectOptimisticLockingFailureException ex) {
            throw new StaleVersionException("the filing", this.writes.currentVersion(id));
        }
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> invalid(FilingWrites.InvalidFilingException ex, HttpServletRequest request,
            Locale locale) {
        return this.problems.invalid(ex, request, locale);
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> notFound(NotFoundException ex, HttpServletRequest request, Locale locale) {
        return this.problems.notFound(ex, request, locale);
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> ifMatchMissing(FilingVersions.PreconditionRequiredException ex,
            HttpServletRequest request, Locale locale) {
        return this.problems.ifMatchMissing(ex, request, locale);
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> stale(StaleVersionException ex, HttpServletRequest request,
            Locale locale) {
        return this.problems.stale(ex, request, locale);
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException ex, HttpServletRequest request,
            Locale locale) {
        return this.problems.unreadable(ex, request, locale);
    }

    private static ResponseEntity<FilingWriteResponse> ok(FilingWriteResponse filing) {
        return ResponseEntity.ok().eTag(filing.etag()).body(filing);
    }

    /** Why a filing is withdrawn (at most 1,000 characters). */
    record WithdrawalRequest(String reason) {
    }

}
