package org.aiip.tracker.api.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.aiip.tracker.filing.FilingEditService;
import org.aiip.tracker.filing.FilingRejectedException;
import org.aiip.tracker.filing.PatentFiling;
import org.aiip.tracker.member.MemberCompany;
import org.aiip.tracker.member.MemberService;
import org.aiip.tracker.system.RuleViolation;
import org.aiip.tracker.system.StaleVersionException;

/**
 * The API's filing writes, through {@link FilingEditService} like the filing form: the same rules,
 * the same check of whose filing it is (another company's filing is a 404), the same optimistic
 * locking, audit entries and filing counts. What is added here is only the API's shape: the
 * applicant by slug, the version from {@code If-Match}, and answers as {@link FilingWriteResponse}.
 */
@Service
@Transactional
class FilingWrites {

    private final FilingEditService edits;

    private final MemberService members;

    FilingWrites(FilingEditService edits, MemberService members) {
        this.edits = edits;
        this.members = members;
    }

    FilingWriteResponse create(FilingWriteRequest request) {
        return FilingWriteResponse.of(checked(request, () -> this.edits.create(request.toData(applicantId(request)))));
    }

    FilingWriteResponse update(Long id, String ifMatch, FilingWriteRequest request) {
        long version = matchingVersion(this.edits.forEdit(id), ifMatch);
        return FilingWriteResponse
            .of(checked(request, () -> this.edits.update(id, version, request.toData(applicantId(request)))));
    }

    FilingWriteResponse withdraw(Long id, String ifMatch, String reason) {
        long version = matchingVersion(this.edits.forEdit(id), ifMatch);
        return FilingWriteResponse.of(checked(null, () -> this.edits.withdraw(id, version, reason)));
    }

    /** The filing's current version, for a conflict found only when the change was written. */
    @Transactional(readOnly = true)
    long currentVersion(Long id) {
        return this.edits.forEdit(id).getVersion();
    }

    /** The version If-Match names if it is the current one; otherwise a conflict (412). */
    private static long matchingVersion(PatentFiling filing, String ifMatch) {
        Optional<Long> version = FilingVersions.fromIfMatch(ifMatch);
        if (!version.isPresent() || version.get() != filing.getVersion()) {
            throw new StaleVersionException("the filing", filing.getVersion());
        }
        return filing.getVersion();
    }

    private Long applicantId(FilingWriteRequest request) {
        return request.applicant() == null ? null
                : this.members.bySlug(request.applicant().trim()).map(MemberCompany::getId).orElse(null);
    }

    /** Runs the write; broken rules come back with the API's field names. */
    private PatentFiling checked(FilingWriteRequest request, Supplier<PatentFiling> write) {
        try {
            return write.get();
        }
        catch (StaleVersionException ex) {
            throw new StaleVersionException("the filing", ex.current(PatentFiling.class).getVersion());
        }
        catch (FilingRejectedException ex) {
            throw new InvalidFilingException(apiViolations(request, ex.violations()), ex.duplicateOf());
        }
    }

    private static List<RuleViolation> apiViolations(FilingWriteRequest request, List<RuleViolation> violations) {
        boolean unknownApplicant = request != null && request.applicant() != null && !request.applicant().isBlank();
        List<RuleViolation> result = new ArrayList<>();
        for (RuleViolation violation : violations) {
            String field = FilingWriteRequest.apiField(violation.field());
            String code = violation.code();
            String message = violation.defaultMessage();
            // A slug that names no member reaches the rules as "no applicant": say what really happened.
            if (unknownApplicant && code.equals("filing.applicant.required")) {
                code = "filing.applicant.unknown";
                message = "unknown applicant";
            }
            result.add(new RuleViolation(field, code, violation.arguments(), message));
        }
        return result;
    }

    /** The filing breaks rules; nothing was saved. */
    static class InvalidFilingException extends RuntimeException {

        private final transient List<RuleViolation> violations;

        private final Long duplicateOf;

        InvalidFilingException(List<RuleViolation> violations, Long duplicateOf) {
            super("invalid filing");
            this.violations = violations;
            this.duplicateOf = duplicateOf;
        }

        List<RuleViolation> violations() {
            return this.violations;
        }

        Long duplicateOf() {
            return this.duplicateOf;
        }

    }

}
