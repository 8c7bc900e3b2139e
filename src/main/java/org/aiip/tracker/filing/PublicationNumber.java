package org.aiip.tracker.filing;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The number of a published document (an application publication or a granted patent) as the
 * registers and export files write it: {@code CN106844774A}, {@code CN-106844774-A} (Google
 * Patents), {@code CN 106844774 A} (The Lens, Espacenet), {@code US 2016/0296617 A1},
 * {@code WO 2018/202209 A1}. {@link #canonical()} is the compact form the tracker stores
 * ({@code CN106844774A}); {@link #serial()} leaves out the kind code, so that the A publication and
 * the B grant of the same application, which share the serial at the CN and EP offices, are
 * recognised as one filing.
 */
public final class PublicationNumber {

    private static final Pattern FORM = Pattern.compile("([A-Z]{2})([0-9][0-9/]*[0-9])([A-Z][0-9]?)?");

    private final PatentOffice office;

    private final String digits;

    private final String kind;

    private PublicationNumber(PatentOffice office, String digits, String kind) {
        this.office = office;
        this.digits = digits;
        this.kind = kind;
    }

    /**
     * Reads a publication number in any of the usual forms.
     *
     * @throws InvalidValueException if it is not a publication number of an office the tracker knows
     */
    public static PublicationNumber parse(String input) {
        if (input == null || input.isBlank()) {
            throw new InvalidValueException("publicationNumber.required", "the publication number is required");
        }
        String compact = compact(input);
        Matcher m = FORM.matcher(compact);
        if (!m.matches()) {
            throw new InvalidValueException("publicationNumber.format",
                    "'" + input.strip() + "' is not a publication number such as CN106844774A or US2016/0296617A1",
                    input.strip());
        }
        PatentOffice office = PatentOffice.fromCode(m.group(1))
            .orElseThrow(() -> new InvalidValueException("publicationNumber.office",
                    "the office " + m.group(1) + " is not one the tracker records", m.group(1)));
        String digits = m.group(2).replace("/", "");
        if (office == PatentOffice.US && digits.length() == 10 && (digits.startsWith("19") || digits.startsWith("20"))) {
            // Google Patents and Espacenet drop the zero after the year: US2018247643A1 is US20180247643A1.
            digits = digits.substring(0, 4) + "0" + digits.substring(4);
        }
        if (digits.length() < 5 || digits.length() > 13) {
            throw new InvalidValueException("publicationNumber.length",
                    "found " + digits.length() + " digits; a publication number has 5 to 13", digits.length());
        }
        return new PublicationNumber(office, digits, m.group(3));
    }

    /** The number when the text is one, else empty. */
    public static Optional<PublicationNumber> tryParse(String input) {
        try {
            return Optional.of(parse(input));
        }
        catch (InvalidValueException ex) {
            return Optional.empty();
        }
    }

    // Full-width forms folded, upper case, and the separators the registers use (spaces, hyphens,
    // dots and commas) removed; slashes stay until the digits are read, as in "2016/0296617".
    private static String compact(String input) {
        String folded = Normalizer.normalize(input, Normalizer.Form.NFKC).toUpperCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(folded.length());
        folded.codePoints()
            .filter(cp -> !Character.isWhitespace(cp) && !Character.isSpaceChar(cp) && cp != '-' && cp != '.'
                    && cp != ',' && cp != '_')
            .forEach(out::appendCodePoint);
        return out.toString();
    }

    public PatentOffice office() {
        return this.office;
    }

    /** The kind code ({@code A}, {@code B}, {@code A1}, {@code B2} ...), or null when the text had none. */
    public String kind() {
        return this.kind;
    }

    /** Office, digits and kind without separators: {@code CN106844774A}. */
    public String canonical() {
        return this.office.name() + this.digits + (this.kind == null ? "" : this.kind);
    }

    /** Office and digits without the kind: {@code CN106844774}. */
    public String serial() {
        return this.office.name() + this.digits;
    }

    /**
     * The year of publication where the number carries it: US application publications
     * ({@code US20160296617A1}) and WO publications ({@code WO2018202209A1}) begin with it.
     */
    public java.util.OptionalInt year() {
        boolean dated = (this.office == PatentOffice.US && this.digits.length() == 11)
                || (this.office == PatentOffice.WO && this.digits.length() == 10);
        if (!dated) {
            return java.util.OptionalInt.empty();
        }
        int year = Integer.parseInt(this.digits.substring(0, 4));
        return year >= 1978 && year <= java.time.Year.now().getValue() ? java.util.OptionalInt.of(year)
                : java.util.OptionalInt.empty();
    }

    /**
     * Whether the kind code marks a granted right: B at most offices, C for older CN grants, and the CN
     * utility models and designs (U, Y, S), which are published when granted.
     */
    public boolean isGrant() {
        if (this.kind == null) {
            return false;
        }
        return this.kind.startsWith("B") || this.kind.startsWith("C") || (this.office == PatentOffice.CN
                && (this.kind.startsWith("U") || this.kind.startsWith("Y") || this.kind.startsWith("S")));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PublicationNumber other && this.office == other.office && this.digits.equals(other.digits)
                && Objects.equals(this.kind, other.kind);
    }

    @Override
    public int hashCode() {
        return Objects.hash(this.office, this.digits, this.kind);
    }

    @Override
    public String toString() {
        return canonical();
    }

}
