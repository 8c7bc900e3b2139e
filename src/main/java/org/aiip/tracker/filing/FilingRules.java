package org.aiip.tracker.filing;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import org.aiip.tracker.system.RuleViolation;

/**
 * The one set of rules a filing must meet, whether it comes from the form, a CSV import or the
 * API: a valid application number for its office, valid IPC symbols, coherent dates (priority ≤
 * filing ≤ publication ≤ grant, none in the future), publication data from "published" on, grant
 * data for "granted", and bounded text sizes. Rules that need the database (duplicates, who may
 * file for which company) are checked by {@link FilingEditService}.
 */
@Component
public class FilingRules {

    public static final int TITLE_MAX = 500;

    public static final int ABSTRACT_MAX = 4000;

    public static final int TERMS_MAX = 2000;

    public static final int NUMBER_MAX = 40;

    public static final int FAMILY_KEY_MAX = 64;

    private static final Pattern FAMILY_KEY = Pattern.compile("[A-Za-z0-9._/-]+");

    private static final Pattern PUBLICATION_NUMBER = Pattern.compile("[A-Za-z0-9 ./-]+");

    private static final Pattern IPC_SEPARATORS = Pattern.compile("[;,\\n]");

    private final Clock clock = Clock.systemUTC();

    /**
     * What the rules read from the data: the application number and the IPC symbols, parsed once (the number
     * empty when it is missing or invalid), and every rule the data breaks, field by field.
     */
    public record Checked(Optional<ApplicationNumber> number, List<IpcSymbol> ipcSymbols,
            List<RuleViolation> violations) {
    }

    /** Every rule the data breaks, field by field; empty when it may be saved. */
    public List<RuleViolation> check(FilingData data) {
        return checked(data).violations();
    }

    /** Checks the data and keeps what it parsed, so that the writer need not parse it again. */
    public Checked checked(FilingData data) {
        List<RuleViolation> violations = new ArrayList<>();
        Optional<ApplicationNumber> number = checkNumber(data, violations);
        if (data.applicantId() == null) {
            violations.add(RuleViolation.of("applicantId", "filing.applicant.required", "the applicant is required"));
        }
        checkText(violations, "title", data.title(), TITLE_MAX, true);
        checkText(violations, "abstractText", data.abstractText(), ABSTRACT_MAX, false);
        checkText(violations, "licenceTerms", data.licenceTerms(), TERMS_MAX, false);
        checkFamilyKey(data, violations);
        List<IpcSymbol> ipcSymbols = checkIpc(data, violations);
        if (data.technologyArea() == null || data.technologyArea().isBlank()) {
            violations.add(RuleViolation.of("technologyArea", "filing.area.required", "the technology area is required"));
        }
        if (data.legalStatus() == null) {
            violations.add(RuleViolation.of("legalStatus", "filing.status.required", "the legal status is required"));
        }
        checkDates(data, violations);
        checkStatusData(data, violations);
        if (data.openLicence() && isBlank(data.licenceTerms())) {
            violations.add(RuleViolation.of("licenceTerms", "filing.licenceTerms.required",
                    "say on which terms the open licence is offered"));
        }
        return new Checked(number, ipcSymbols, List.copyOf(violations));
    }

    // A filing may be known by its publication number before its application number (Google Patents
    // exports carry none): then the publication number must be one of the same office.
    private static Optional<ApplicationNumber> checkNumber(FilingData data, List<RuleViolation> violations) {
        if (data.office() == null) {
            violations.add(RuleViolation.of("office", "filing.office.required", "the patent office is required"));
            return Optional.empty();
        }
        if (isBlank(data.applicationNumber()) && !isBlank(data.publicationNumber())) {
            PublicationNumber.tryParse(data.publicationNumber())
                .filter(p -> p.office() != data.office())
                .ifPresent(p -> violations.add(RuleViolation.of("publicationNumber", "filing.publication.office",
                        "the publication number is of another office (" + p.office() + ")", p.office().name())));
            return Optional.empty();
        }
        try {
            return Optional.of(ApplicationNumber.parse(data.office(), data.applicationNumber()));
        }
        catch (InvalidValueException ex) {
            violations.add(ex.violation("applicationNumber"));
            return Optional.empty();
        }
    }

    private static void checkText(List<RuleViolation> violations, String field, String value, int max,
            boolean required) {
        if (required && isBlank(value)) {
            violations.add(RuleViolation.of(field, "filing.text.required", "this field is required"));
        }
        else if (value != null && value.length() > max) {
            violations.add(RuleViolation.of(field, "filing.text.tooLong",
                    "at most " + max + " characters, not " + value.length(), max, value.length()));
        }
    }

    private static void checkFamilyKey(FilingData data, List<RuleViolation> violations) {
        String key = data.familyKey();
        if (isBlank(key)) {
            return;
        }
        if (key.length() > FAMILY_KEY_MAX) {
            violations.add(RuleViolation.of("familyKey", "filing.text.tooLong",
                    "at most " + FAMILY_KEY_MAX + " characters, not " + key.length(), FAMILY_KEY_MAX, key.length()));
        }
        else if (!FAMILY_KEY.matcher(key.trim()).matches()) {
            violations.add(RuleViolation.of("familyKey", "filing.familyKey.format",
                    "use letters, digits, dots, hyphens, underscores or slashes"));
        }
    }

    /** The symbols as {@link IpcSymbol#parseList} reads them (repeats dropped); every invalid one a violation. */
    private static List<IpcSymbol> checkIpc(FilingData data, List<RuleViolation> violations) {
        if (isBlank(data.ipcClasses())) {
            return List.of();
        }
        if (data.ipcClasses().length() > 1000) {
            violations.add(RuleViolation.of("ipcClasses", "filing.text.tooLong", "at most 1000 characters", 1000,
                    data.ipcClasses().length()));
            return List.of();
        }
        Set<IpcSymbol> symbols = new LinkedHashSet<>();
        for (String part : IPC_SEPARATORS.split(data.ipcClasses())) {
            if (part.isBlank()) {
                continue;
            }
            try {
                symbols.add(IpcSymbol.parse(part));
            }
            catch (InvalidValueException ex) {
                violations.add(ex.violation("ipcClasses"));
            }
        }
        return List.copyOf(symbols);
    }

    private void checkDates(FilingData data, List<RuleViolation> violations) {
        LocalDate today = LocalDate.now(this.clock);
        if (data.filingDate() == null) {
            violations.add(RuleViolation.of("filingDate", "filing.filingDate.required", "the filing date is required"));
        }
        future(violations, "filingDate", data.filingDate(), today);
        future(violations, "priorityDate", data.priorityDate(), today);
        future(violations, "publicationDate", data.publicationDate(), today);
        future(violations, "grantDate", data.grantDate(), today);
        order(violations, "priorityDate", data.priorityDate(), data.filingDate(),
                "filing.date.priorityAfterFiling", "the priority date cannot be after the filing date");
        order(violations, "publicationDate", data.filingDate(), data.publicationDate(),
                "filing.date.publicationBeforeFiling", "the publication date cannot be before the filing date");
        order(violations, "grantDate", data.publicationDate() != null ? data.publicationDate() : data.filingDate(),
                data.grantDate(), "filing.date.grantBeforePublication",
                "the grant date cannot be before the publication date or the filing date");
    }

    private static void future(List<RuleViolation> violations, String field, LocalDate date, LocalDate today) {
        if (date != null && date.isAfter(today)) {
            violations.add(RuleViolation.of(field, "filing.date.future", "this date is in the future", date));
        }
    }

    private static void order(List<RuleViolation> violations, String field, LocalDate earlier, LocalDate later,
            String code, String message) {
        if (earlier != null && later != null && earlier.isAfter(later)) {
            violations.add(RuleViolation.of(field, code, message));
        }
    }

    private static void checkStatusData(FilingData data, List<RuleViolation> violations) {
        LegalStatus status = data.legalStatus();
        checkPublicationNumber(violations, "publicationNumber", data.publicationNumber());
        checkPublicationNumber(violations, "grantNumber", data.grantNumber());
        if (status == null) {
            return;
        }
        // The numbers are required; a date may be unknown, because public registers do not always show
        // the date of a publication they name, and the record keeps only dates its sources show.
        if (status.requiresPublication() && isBlank(data.publicationNumber())) {
            violations.add(RuleViolation.of("publicationNumber", "filing.publication.required",
                    "a filing that is " + status + " needs its publication number", status));
        }
        if (status.requiresGrant() && isBlank(data.grantNumber())) {
            violations.add(RuleViolation.of("grantNumber", "filing.grant.required",
                    "a granted filing needs its grant number"));
        }
    }

    private static void checkPublicationNumber(List<RuleViolation> violations, String field, String value) {
        if (isBlank(value)) {
            return;
        }
        if (value.length() > NUMBER_MAX) {
            violations.add(RuleViolation.of(field, "filing.text.tooLong",
                    "at most " + NUMBER_MAX + " characters, not " + value.length(), NUMBER_MAX, value.length()));
        }
        else if (!PUBLICATION_NUMBER.matcher(value.trim()).matches()) {
            violations.add(RuleViolation.of(field, "filing.number.format",
                    "use letters, digits, spaces, dots, slashes or hyphens"));
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

}
