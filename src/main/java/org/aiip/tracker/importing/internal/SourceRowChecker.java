package org.aiip.tracker.importing.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.aiip.tracker.filing.ApplicationNumber;
import org.aiip.tracker.filing.AreaFromIpc;
import org.aiip.tracker.filing.FamilyRefs;
import org.aiip.tracker.filing.FilingData;
import org.aiip.tracker.filing.FilingDateSource;
import org.aiip.tracker.filing.FilingParty;
import org.aiip.tracker.filing.FilingRules;
import org.aiip.tracker.filing.InvalidValueException;
import org.aiip.tracker.filing.IpcSymbol;
import org.aiip.tracker.filing.LegalStatus;
import org.aiip.tracker.filing.NumberReading;
import org.aiip.tracker.filing.PatentOffice;
import org.aiip.tracker.filing.PublicationNumber;
import org.aiip.tracker.member.CompanyName;
import org.aiip.tracker.system.RuleViolation;

/**
 * Checks one row of an export file (The Lens, Google Patents, Espacenet): reads its numbers as the
 * registers write them, its dates at the precision they are known, its status in the format's terms,
 * its technology area from the IPC symbols, and its applicants through the members' aliases. Then the
 * same {@link FilingRules} as the form. A row whose applicant names are not all decided waits for them.
 */
final class SourceRowChecker {

    private static final Pattern PARENTHESES = Pattern.compile("\\(.*\\)");

    private static final Map<String, String> FIELD_COLUMNS = Map.of("office", "OFFICE", "applicationNumber",
            "APPLICATION_NUMBER", "title", "TITLE", "abstractText", "ABSTRACT", "filingDate", "APPLICATION_DATE",
            "priorityDate", "PRIORITY_DATE", "publicationNumber", "DOCUMENT", "publicationDate", "PUBLICATION_DATE",
            "grantNumber", "DOCUMENT", "applicantId", "APPLICANTS");

    private final FilingRules rules;

    private final ImportFormat format;

    private final Map<String, Long> areas;

    private final Long editorMemberId;

    SourceRowChecker(FilingRules rules, ImportFormat format, Map<String, Long> areas, Long editorMemberId) {
        this.rules = rules;
        this.format = format;
        this.areas = areas;
        this.editorMemberId = editorMemberId;
    }

    CheckedRow check(SourceRow src, List<String> raw, NameContext names) {
        Reading r = new Reading(src);
        r.documents();
        r.office();
        r.ownDocuments();
        r.applicationNumber();
        r.dates();
        r.status();
        r.ipc();
        r.names(names);
        return r.result(raw);
    }

    private String column(SourceColumns column) {
        return column.nameIn(this.format);
    }

    /** The reading of one row, step by step; problems go to its issues, remarks to its notes. */
    private final class Reading {

        private final SourceRow src;

        private final List<RowIssue> issues = new ArrayList<>();

        private final List<RowIssue> notes = new ArrayList<>();

        private final List<PublicationNumber> documents = new ArrayList<>();

        private final Set<String> familyRefs = new LinkedHashSet<>();

        private final List<String> serials = new ArrayList<>();

        private PatentOffice office;

        private PublicationNumber publication;

        private PublicationNumber grant;

        private LocalDate publicationDate;

        private LocalDate grantDate;

        private ApplicationNumber number;

        private LocalDate filingDate;

        private FilingDateSource dateSource;

        private LocalDate priorityDate;

        private LegalStatus status;

        private boolean weakStatus;

        private final List<IpcSymbol> symbols = new ArrayList<>();

        private final List<FilingParty> parties = new ArrayList<>();

        private final Map<String, String> waiting = new LinkedHashMap<>();

        private final List<Long> memberIds = new ArrayList<>();

        private int applicantCount;

        Reading(SourceRow src) {
            this.src = src;
        }

        void documents() {
            if (SourceRowChecker.this.format == ImportFormat.RECORD) {
                recordDocuments();
                return;
            }
            for (String text : this.src.publications()) {
                Optional<PublicationNumber> parsed = PublicationNumber.tryParse(text);
                if (parsed.isPresent()) {
                    this.documents.add(parsed.get());
                }
                else {
                    this.issues.add(RowIssue.of(column(SourceColumns.DOCUMENT), "importing.publication.unreadable",
                            "not a publication number", text));
                }
            }
        }

        // The record names the publication and the grant of one application in columns of their own
        // (a Justia grant number has no kind code): the first is the publication, the second the grant.
        private void recordDocuments() {
            List<String> texts = this.src.publications();
            List<String> dates = this.src.publicationDates();
            for (int i = 0; i < texts.size() && i < 2; i++) {
                if (texts.get(i).isBlank()) {
                    continue;
                }
                Optional<PublicationNumber> parsed = PublicationNumber.tryParse(texts.get(i));
                if (parsed.isEmpty()) {
                    this.issues.add(RowIssue.of(column(i == 0 ? SourceColumns.DOCUMENT : SourceColumns.GRANT_NUMBER),
                            "importing.publication.unreadable", "not a publication number", texts.get(i)));
                    continue;
                }
                LocalDate date = i < dates.size() ? dayOnly(SourceColumns.PUBLICATION_DATE, dates.get(i)) : null;
                if (i == 0 && !parsed.get().isGrant()) {
                    this.publication = parsed.get();
                    this.publicationDate = date;
                }
                else {
                    this.grant = parsed.get();
                    this.grantDate = date;
                }
                this.familyRefs.add(FamilyRefs.publication(parsed.get()));
                if (!this.serials.contains(parsed.get().serial())) {
                    this.serials.add(parsed.get().serial());
                }
                this.documents.add(parsed.get());
            }
        }

        void office() {
            if (this.src.office() != null) {
                this.office = PatentOffice.fromCode(this.src.office()).orElse(null);
                if (this.office == null) {
                    this.issues.add(RowIssue.of(column(SourceColumns.OFFICE), "importing.office.unsupported",
                            "the tracker records filings at CN, US, EP, JP, KR and WO", this.src.office()));
                }
            }
            else if (!this.documents.isEmpty()) {
                this.office = this.documents.get(0).office();
            }
            else if (this.src.applicationNumber() == null) {
                this.issues.add(RowIssue.of(column(SourceColumns.DOCUMENT), "importing.number.none",
                        "the row has neither a publication nor an application number"));
            }
        }

        // The row's own documents: those of its office and of one serial (an A publication and its B
        // grant at CN and EP). Any other number it lists is a family member.
        void ownDocuments() {
            if (SourceRowChecker.this.format == ImportFormat.RECORD) {
                this.src.priorityNumbers().forEach(p -> FamilyRefs.ofAnyNumber(p).ifPresent(this.familyRefs::add));
                return;
            }
            PublicationNumber first = this.documents.stream().filter(d -> d.office() == this.office).findFirst().orElse(null);
            List<String> dates = this.src.publicationDates();
            for (int i = 0; i < this.documents.size(); i++) {
                PublicationNumber doc = this.documents.get(i);
                this.familyRefs.add(FamilyRefs.publication(doc));
                // The record names the publication and the grant of one application in columns of their own;
                // in the exports, documents of one serial are one application (the A and the B at CN and EP).
                boolean own = first != null && doc.office() == this.office
                        && (SourceRowChecker.this.format == ImportFormat.RECORD || doc.serial().equals(first.serial()));
                if (!own) {
                    continue; // a family member: another office, or another application
                }
                LocalDate date = i < dates.size() ? dayOnly(SourceColumns.PUBLICATION_DATE, dates.get(i)) : null;
                if (doc.isGrant() && this.grant == null) {
                    this.grant = doc;
                    this.grantDate = date;
                }
                else if (!doc.isGrant() && this.publication == null) {
                    this.publication = doc;
                    this.publicationDate = date;
                }
                if (!this.serials.contains(doc.serial())) {
                    this.serials.add(doc.serial());
                }
            }
            if (this.grantDate == null && this.src.grantDate() != null && this.grant != null) {
                this.grantDate = dayOnly(SourceColumns.GRANT_DATE, this.src.grantDate());
            }
            this.src.familyMembers().forEach(m -> FamilyRefs.ofAnyNumber(m).ifPresent(this.familyRefs::add));
            this.src.priorityNumbers().forEach(p -> FamilyRefs.ofAnyNumber(p).ifPresent(this.familyRefs::add));
            FamilyRefs.family(SourceRowChecker.this.format.name(), this.src.familyId()).ifPresent(this.familyRefs::add);
        }

        void applicationNumber() {
            if (this.src.applicationNumber() == null || this.office == null) {
                return;
            }
            try {
                NumberReading reading = NumberReading.read(this.office, this.src.applicationNumber());
                this.number = reading.number();
                reading.notes()
                    .forEach(n -> this.notes.add(new RowIssue(column(SourceColumns.APPLICATION_NUMBER), n.code(),
                            n.arguments(), n.defaultMessage())));
                this.familyRefs.add(FamilyRefs.application(this.number));
            }
            catch (InvalidValueException ex) {
                this.issues.add(new RowIssue(column(SourceColumns.APPLICATION_NUMBER), ex.code(),
                        java.util.Arrays.stream(ex.arguments()).map(String::valueOf).toList(), ex.getMessage()));
            }
        }

        void dates() {
            this.priorityDate = dayOnly(SourceColumns.PRIORITY_DATE, this.src.priorityDate());
            SourceDates.Parsed filed = parse(SourceColumns.APPLICATION_DATE, this.src.filingDate());
            if (filed != null && filed.exact()) {
                this.filingDate = filed.date();
                this.dateSource = FilingDateSource.FILED;
            }
            else if (filed != null && filed.precision() == SourceDates.Precision.MONTH) {
                this.filingDate = filed.date();
                this.dateSource = FilingDateSource.FILING_MONTH;
                note(SourceColumns.APPLICATION_DATE, "importing.note.monthOnly", "only the month of filing is known",
                        filed.date().toString().substring(0, 7));
            }
            else if (filed != null) {
                this.filingDate = filed.date();
                this.dateSource = FilingDateSource.FILING_YEAR;
                note(SourceColumns.APPLICATION_DATE, "importing.note.yearOnly", "only the year of filing is known",
                        filed.date().getYear());
            }
            else if (this.number != null && this.number.year().isPresent()) {
                this.filingDate = LocalDate.of(this.number.year().getAsInt(), 1, 1);
                this.dateSource = FilingDateSource.FILING_YEAR;
                note(SourceColumns.APPLICATION_NUMBER, "importing.note.yearFromNumber",
                        "no filing date in the file: its year is read from the application number",
                        this.number.year().getAsInt());
            }
            else if (this.priorityDate != null) {
                this.filingDate = this.priorityDate;
                this.dateSource = FilingDateSource.EARLIEST_PRIORITY;
                note(SourceColumns.PRIORITY_DATE, "importing.note.priorityStandsIn",
                        "no filing date in the file: the earliest priority date stands in for it", this.priorityDate);
            }
            else if (this.publication != null && this.publication.year().isPresent()) {
                int year = this.publication.year().getAsInt();
                this.filingDate = LocalDate.of(year, 1, 1);
                this.dateSource = FilingDateSource.PUBLICATION_YEAR;
                note(SourceColumns.DOCUMENT, "importing.note.publicationYearStandsIn",
                        "no filing or priority date in the file: the year of publication stands in for it", year);
            }
        }

        void status() {
            if (SourceRowChecker.this.format == ImportFormat.LENS && this.src.status() != null
                    || SourceRowChecker.this.format == ImportFormat.RECORD && this.src.status() != null) {
                this.status = SourceRowChecker.this.format == ImportFormat.LENS ? lensStatus(this.src.status())
                        : registerStatus(this.src.status());
                if (this.status == null) {
                    this.issues.add(RowIssue.of(column(SourceColumns.STATUS), "importing.status.unknown",
                            "unknown legal status", this.src.status()));
                    return;
                }
            }
            if (this.grant != null && this.status == LegalStatus.PUBLISHED) {
                this.status = LegalStatus.GRANTED; // a grant is published: the filing was granted
            }
            if (this.status == null || this.status == LegalStatus.GRANTED) {
                if (this.grant != null) {
                    this.status = LegalStatus.GRANTED;
                }
                else {
                    if (this.status == LegalStatus.GRANTED) {
                        note(SourceColumns.STATUS, "importing.note.grantedWithoutNumber",
                                "the source says granted, but the row has no grant number: recorded as published");
                    }
                    this.status = LegalStatus.PUBLISHED;
                    this.weakStatus = true;
                }
            }
        }

        void ipc() {
            for (String text : this.src.ipc()) {
                try {
                    IpcSymbol symbol = IpcSymbol.parse(PARENTHESES.matcher(text).replaceAll(""));
                    if (!this.symbols.contains(symbol)) {
                        this.symbols.add(symbol);
                    }
                }
                catch (InvalidValueException ex) {
                    note(SourceColumns.IPC, "importing.note.ipcSkipped", "a symbol that is not an IPC symbol is left out",
                            text);
                }
            }
        }

        void names(NameContext names) {
            LocalDate on = this.dateSource == FilingDateSource.FILED ? this.filingDate : this.priorityDate;
            Set<String> seen = new LinkedHashSet<>();
            for (String written : this.src.applicants()) {
                String name = CompanyName.clean(written);
                String key = CompanyName.key(name);
                if (key.isEmpty() || name.length() > CompanyName.MAX_LENGTH || !seen.add(key)) {
                    continue;
                }
                Long member = names.memberOf(key, on).orElse(null);
                if (member == null && !names.decided(key)) {
                    this.waiting.put(key, name);
                }
                if (member != null && !this.memberIds.contains(member)) {
                    this.memberIds.add(member);
                }
                this.parties.add(new FilingParty(FilingParty.Role.APPLICANT, name, member));
            }
            // Several entities of one member are one applicant: the fractional count divides among companies.
            long outside = this.parties.stream().filter(p -> p.getRole() == FilingParty.Role.APPLICANT && !p.isMember()).count();
            this.applicantCount = (int) Math.max(1, this.memberIds.size() + outside);
            Set<String> owners = new LinkedHashSet<>();
            for (String written : this.src.owners()) {
                String name = CompanyName.clean(written);
                String key = CompanyName.key(name);
                if (!key.isEmpty() && name.length() <= CompanyName.MAX_LENGTH && owners.add(key)) {
                    this.parties.add(new FilingParty(FilingParty.Role.OWNER, name, names.memberOf(key, null).orElse(null)));
                }
            }
            if (!this.waiting.isEmpty()) {
                return;
            }
            if (this.src.applicants().isEmpty()) {
                this.issues.add(RowIssue.of(column(SourceColumns.APPLICANTS), "importing.names.none",
                        "the row names no applicant"));
            }
            else if (this.memberIds.isEmpty()) {
                this.issues.add(RowIssue.of(column(SourceColumns.APPLICANTS), "importing.names.noMember",
                        "none of the applicants is a member of the initiative"));
            }
            else if (SourceRowChecker.this.editorMemberId != null
                    && !this.memberIds.contains(SourceRowChecker.this.editorMemberId)) {
                this.issues.add(RowIssue.of(column(SourceColumns.APPLICANTS), "importing.applicant.notYours",
                        "editors can import only their own company's filings"));
            }
        }

        CheckedRow result(List<String> raw) {
            String areaCode = AreaFromIpc.areaCode(this.symbols);
            Long primary = this.memberIds.isEmpty() ? null : this.memberIds.get(0);
            FilingData data = new FilingData(this.office, this.number == null ? null : this.number.display(), primary,
                    this.src.title(), this.src.abstractText(), this.filingDate, this.priorityDate,
                    this.publication == null ? null : this.publication.canonical(), this.publicationDate,
                    this.grant == null ? null : this.grant.canonical(), this.grantDate, this.status, areaCode,
                    String.join("; ", this.symbols.stream().map(IpcSymbol::normalised).toList()), false, null, null);
            if (this.publication == null && this.grant != null) {
                // Known only by its grant (a CN utility model is published when granted): the grant is its publication.
                data = withPublication(data, this.grant.canonical());
            }
            Set<String> unreadable = new LinkedHashSet<>();
            this.issues.forEach(issue -> unreadable.add(issue.column()));
            if (this.filingDate == null && this.issues.isEmpty()) {
                this.issues.add(RowIssue.of(column(SourceColumns.APPLICATION_DATE), "importing.filingDate.unknown",
                        "the row gives no filing date, no year in its application number, no priority date"
                                + " and no year in its publication number"));
            }
            else {
                for (RuleViolation violation : SourceRowChecker.this.rules.check(data)) {
                    String column = column(SourceColumns.valueOf(FIELD_COLUMNS.getOrDefault(violation.field(), "TITLE")));
                    // Date rules that compare with a stand-in filing date say nothing about the real dates.
                    boolean standIn = this.dateSource != FilingDateSource.FILED
                            && RowChecker.EXACT_DATE_RULES.contains(violation.code());
                    // A missing applicant is already explained: the names wait, or none is a member.
                    boolean applicantExplained = violation.field().equals("applicantId")
                            && (!this.waiting.isEmpty() || unreadable.contains(column(SourceColumns.APPLICANTS)));
                    if (!standIn && !applicantExplained && !unreadable.contains(column)) {
                        this.issues.add(new RowIssue(column, violation.code(), arguments(violation),
                                violation.defaultMessage()));
                    }
                }
            }
            Long areaId = SourceRowChecker.this.areas.get(areaCode);
            RowExtras extras = new RowExtras(SourceRowChecker.this.format, this.src, sourceUrl(), this.dateSource,
                    List.copyOf(this.parties), this.applicantCount,
                    this.memberIds.size() > 1 ? List.copyOf(this.memberIds.subList(1, this.memberIds.size())) : List.of(),
                    Set.copyOf(this.familyRefs.stream().filter(r -> r.length() <= FamilyRefs.MAX_LENGTH).toList()),
                    List.copyOf(this.serials), List.copyOf(this.notes), Map.copyOf(this.waiting), this.weakStatus);
            return new CheckedRow(this.src.row(), raw, data, this.number, areaId, null, this.issues, extras);
        }

        private String sourceUrl() {
            String url = this.src.sourceUrl();
            if (url != null && url.length() <= 1000 && (url.startsWith("https://") || url.startsWith("http://"))) {
                return url;
            }
            PublicationNumber doc = this.publication != null ? this.publication : this.grant;
            if (doc == null) {
                return null;
            }
            return switch (SourceRowChecker.this.format) {
                case GOOGLE_PATENTS -> "https://patents.google.com/patent/" + doc.canonical() + "/en";
                case ESPACENET -> "https://worldwide.espacenet.com/patent/search?q=pn%3D" + doc.canonical();
                case LENS -> "https://www.lens.org/lens/search/patent/list?q=" + doc.canonical();
                case TRACKER, RECORD -> null;
            };
        }

        private LocalDate dayOnly(SourceColumns column, String text) {
            SourceDates.Parsed parsed = parse(column, text);
            if (parsed == null) {
                return null;
            }
            if (!parsed.exact()) {
                note(column, "importing.note.yearOnlyDropped", "a year or month alone is not kept as this date", text);
                return null;
            }
            return parsed.date();
        }

        private SourceDates.Parsed parse(SourceColumns column, String text) {
            try {
                return SourceDates.parse(text);
            }
            catch (IllegalArgumentException ex) {
                this.issues.add(RowIssue.of(column(column), "importing.date.unreadable",
                        "not a date (YYYY-MM-DD, or a year alone)", text));
                return null;
            }
        }

        private void note(SourceColumns column, String code, String message, Object... arguments) {
            this.notes.add(RowIssue.of(column(column), code, message, arguments));
        }

    }

    private static FilingData withPublication(FilingData d, String publicationNumber) {
        return new FilingData(d.office(), d.applicationNumber(), d.applicantId(), d.title(), d.abstractText(),
                d.filingDate(), d.priorityDate(), publicationNumber, d.publicationDate(), d.grantNumber(), d.grantDate(),
                d.legalStatus(), d.technologyArea(), d.ipcClasses(), d.openLicence(), d.licenceTerms(), d.familyKey());
    }

    private static List<String> arguments(RuleViolation violation) {
        List<String> texts = new ArrayList<>();
        if (violation.arguments() != null) {
            for (Object argument : violation.arguments()) {
                texts.add(String.valueOf(argument));
            }
        }
        return texts;
    }

    /**
     * A register page's status in the tracker's terms (Google Patents: Active, Pending, Expired - Fee
     * Related, Ceased, Withdrawn; Justia: Grant, Application): active and granted mean granted where
     * the row has the grant; an application is published.
     */
    static LegalStatus registerStatus(String text) {
        String status = text.strip().toLowerCase(Locale.ROOT);
        if (status.startsWith("expired") || status.startsWith("ceased") || status.startsWith("lapsed")
                || status.startsWith("inactive")) {
            return LegalStatus.LAPSED;
        }
        if (status.startsWith("withdrawn") || status.startsWith("abandoned") || status.startsWith("discontinued")) {
            return LegalStatus.WITHDRAWN;
        }
        if (status.startsWith("refused") || status.startsWith("rejected") || status.startsWith("revoked")) {
            return LegalStatus.REFUSED;
        }
        if (status.startsWith("active") || status.startsWith("grant") || status.startsWith("patented")) {
            return LegalStatus.GRANTED;
        }
        return LegalStatus.PUBLISHED;
    }

    /**
     * The Lens's legal status in the tracker's terms: ACTIVE and PATENTED mean granted and in force,
     * PENDING published and waiting, DISCONTINUED withdrawn or abandoned, EXPIRED and INACTIVE lapsed.
     */
    static LegalStatus lensStatus(String text) {
        return switch (text.strip().toUpperCase(Locale.ROOT).replace(' ', '_')) {
            case "ACTIVE", "PATENTED", "GRANTED" -> LegalStatus.GRANTED;
            case "PENDING", "UNKNOWN" -> LegalStatus.PUBLISHED;
            case "DISCONTINUED", "WITHDRAWN", "ABANDONED" -> LegalStatus.WITHDRAWN;
            case "EXPIRED", "INACTIVE", "LAPSED", "CEASED" -> LegalStatus.LAPSED;
            case "REJECTED", "REFUSED", "REVOKED" -> LegalStatus.REFUSED;
            default -> null;
        };
    }

}
