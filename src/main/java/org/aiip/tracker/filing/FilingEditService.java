package org.aiip.tracker.filing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.aiip.tracker.account.CurrentUser;
import org.aiip.tracker.account.TrackerUser;
import org.aiip.tracker.member.MemberCompany;
import org.aiip.tracker.member.MemberService;
import org.aiip.tracker.system.AuditAction;
import org.aiip.tracker.system.FieldChange;
import org.aiip.tracker.system.NotFoundException;
import org.aiip.tracker.system.RuleViolation;
import org.aiip.tracker.system.StaleVersionException;
import org.aiip.tracker.system.Texts;

/**
 * Creates, changes and withdraws filings for admins and editors. Here, not in the pages, live the
 * rules that need the database or the person: editors file for their own company only and never
 * see another company's records (a 404, as if they did not exist); a number is filed only once
 * per office; a stale form never overwrites a newer save; every change is audited.
 */
@Service
@Transactional
public class FilingEditService {

    public static final String AUDIT_TYPE = "filing";

    private final FilingEditRepository filings;

    private final FilingRules rules;

    private final MemberService members;

    private final TechnologyAreaRepository areas;

    private final ApplicationEventPublisher events;

    FilingEditService(FilingEditRepository filings, FilingRules rules, MemberService members,
            TechnologyAreaRepository areas, ApplicationEventPublisher events) {
        this.filings = filings;
        this.rules = rules;
        this.members = members;
        this.areas = areas;
        this.events = events;
    }

    /** A filing the current person may change, or a 404. */
    @Transactional(readOnly = true)
    public PatentFiling forEdit(Long id) {
        PatentFiling filing = this.filings.findForEdit(id).orElseThrow(() -> new NotFoundException("filing"));
        if (!FilingAccess.mayEdit(filing)) {
            throw new NotFoundException("filing");
        }
        return filing;
    }

    public PatentFiling create(FilingData data) {
        FilingRules.Checked checked = validate(data, null);
        PatentFiling filing = new PatentFiling(checked.number().orElseThrow(), applicant(data), area(data));
        apply(filing, data, checked);
        this.filings.save(filing);
        this.filings.flush();
        this.events.publishEvent(
                new FilingChanged(filing, AuditAction.CREATE, FieldChange.between(Map.of(), filing.auditState()), null));
        return filing;
    }

    /**
     * Saves the changed filing if nobody else saved it since the form showed {@code version};
     * otherwise throws {@link StaleVersionException} with the current state.
     */
    public PatentFiling update(Long id, long version, FilingData data) {
        PatentFiling filing = forEdit(id);
        if (filing.getVersion() != version) {
            throw new StaleVersionException("the filing", filing);
        }
        FilingRules.Checked checked = validate(data, id);
        Map<String, String> before = filing.auditState();
        FilingCounts.Key counted = FilingCounts.keyOf(filing);
        filing.setNumber(checked.number().orElseThrow());
        filing.setApplicant(applicant(data));
        filing.setTechnologyArea(area(data));
        apply(filing, data, checked);
        this.filings.flush();
        changed(filing, AuditAction.UPDATE, before, counted);
        return filing;
    }

    public PatentFiling withdraw(Long id, long version, String reason) {
        PatentFiling filing = forEdit(id);
        if (filing.getVersion() != version) {
            throw new StaleVersionException("the filing", filing);
        }
        if (reason == null || reason.isBlank() || reason.length() > 1000) {
            throw new FilingRejectedException(List.of(RuleViolation.of("reason", "filing.withdraw.reason.required",
                    "give the reason for the withdrawal (at most 1000 characters)")), null);
        }
        Map<String, String> before = filing.auditState();
        FilingCounts.Key counted = FilingCounts.keyOf(filing);
        filing.withdraw(reason.trim());
        this.filings.flush();
        changed(filing, AuditAction.WITHDRAW, before, counted);
        return filing;
    }

    /** Announces the change: audited when a field changed, counted and the revision moved in any case. */
    private void changed(PatentFiling filing, AuditAction action, Map<String, String> before,
            FilingCounts.Key counted) {
        this.events.publishEvent(
                new FilingChanged(filing, action, FieldChange.between(before, filing.auditState()), counted));
    }

    private FilingRules.Checked validate(FilingData data, Long id) {
        FilingRules.Checked checked = this.rules.checked(data);
        List<RuleViolation> violations = new ArrayList<>(checked.violations());
        TrackerUser user = CurrentUser.get().orElseThrow(() -> new NotFoundException("filing"));
        if (data.applicantId() != null && !user.mayEdit(data.applicantId())) {
            violations.add(RuleViolation.of("applicantId", "filing.applicant.notYours",
                    "editors can file only for their own company"));
        }
        if (data.applicantId() != null && this.members.byId(data.applicantId()).isEmpty()) {
            violations.add(RuleViolation.of("applicantId", "filing.applicant.unknown", "unknown applicant"));
        }
        if (data.technologyArea() != null && !data.technologyArea().isBlank()
                && this.areas.findByCode(data.technologyArea()).isEmpty()) {
            violations.add(RuleViolation.of("technologyArea", "filing.area.unknown", "unknown technology area"));
        }
        Optional<ApplicationNumber> number = checked.number();
        Long duplicateOf = null;
        if (number.isPresent()) {
            Optional<Long> existing = this.filings.findIdByNumber(number.get().office(), number.get().normalised());
            if (existing.isPresent() && !existing.get().equals(id)) {
                boolean visible = this.filings.findById(existing.get())
                    .map(FilingAccess.visibility()::canSee)
                    .orElse(false);
                duplicateOf = visible ? existing.get() : null;
                // Whether another company's unpublished filing has this number is itself confidential.
                violations.add(visible
                        ? RuleViolation.of("applicationNumber", "filing.duplicate",
                                "a filing with this number already exists at this office", number.get().display())
                        : RuleViolation.of("applicationNumber", "filing.numberUnavailable",
                                "this application number cannot be used"));
            }
        }
        if (!violations.isEmpty()) {
            throw new FilingRejectedException(violations, duplicateOf);
        }
        return checked;
    }

    private MemberCompany applicant(FilingData data) {
        return this.members.byId(data.applicantId()).orElseThrow();
    }

    private TechnologyArea area(FilingData data) {
        return this.areas.findByCode(data.technologyArea()).orElseThrow();
    }

    private static void apply(PatentFiling filing, FilingData data, FilingRules.Checked checked) {
        filing.setTitle(data.title().trim());
        filing.setAbstractText(Texts.trimToNull(data.abstractText()));
        filing.setFilingDate(data.filingDate());
        filing.setPriorityDate(data.priorityDate());
        filing.setPublicationNumber(Texts.trimToNull(data.publicationNumber()));
        filing.setPublicationDate(data.publicationDate());
        filing.setGrantNumber(Texts.trimToNull(data.grantNumber()));
        filing.setGrantDate(data.grantDate());
        filing.setLegalStatus(data.legalStatus());
        filing.setIpcSymbols(checked.ipcSymbols());
        filing.setOpenLicence(data.openLicence());
        filing.setLicenceTerms(data.openLicence() ? Texts.trimToNull(data.licenceTerms()) : null);
        filing.setFamilyKey(Texts.trimToNull(data.familyKey()));
    }

}
