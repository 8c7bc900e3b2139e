package org.aiip.tracker.filing;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An application number read from an export file or a register, with what the reading had to do
 * to it. Besides everything {@link ApplicationNumber#parse} accepts, it understands the forms the
 * files use: the office in front ({@code CN201710117081.7}, {@code CN 201710117081.7}), the CNIPA
 * register's {@code ZL} prefix, the DOCDB form of The Lens and Espacenet ({@code CN 201710117081 A},
 * {@code US 202318339727 A}, {@code WO 2018CN086749 W}), and CN or EP numbers without their check
 * character, which is then computed and {@linkplain #notes() noted}, so that the preview can say so.
 *
 * @param number the number
 * @param notes what was done to read it (message codes with arguments); empty when it was written in full
 */
public record NumberReading(ApplicationNumber number, List<Note> notes) {

    /** Something the reading did, as a message code with its arguments and an English message. */
    public record Note(String code, String defaultMessage, List<String> arguments) {
    }

    private static final Pattern LEADING_OFFICE = Pattern.compile("^(ZL|PCT/?|CN|EP|US|JP|KR|WO)(?=[0-9/])");

    // A DOCDB kind letter after the digits of an application number (A, U, W, P, T ...); never X,
    // which is a CN check character.
    private static final Pattern DOCDB_KIND = Pattern.compile("^(.*[0-9])([A-WYZ])$");

    private static final Pattern DOCDB_US = Pattern.compile("(19|20)[0-9]{2}([0-9]{8})");

    private static final Pattern DOCDB_WO = Pattern.compile("([0-9]{4})([A-Z]{2})([0-9]{6})");

    private static final Pattern CN_DIGITS = Pattern.compile("[0-9]{12}|[0-9]{8}");

    private static final Pattern EIGHT_DIGITS = Pattern.compile("[0-9]{8}");

    /**
     * Reads the number.
     *
     * @param office the office the file names for the row, or null to take it from the number's prefix
     * @throws InvalidValueException when it is not a valid number, or its prefix names another office
     */
    public static NumberReading read(PatentOffice office, String input) {
        if (input == null || input.isBlank()) {
            throw new InvalidValueException("applicationNumber.required", "the application number is required");
        }
        String text = compact(input);
        List<Note> notes = new ArrayList<>();
        PatentOffice prefixed = null;
        Matcher lead = LEADING_OFFICE.matcher(text);
        if (lead.find()) {
            String prefix = lead.group(1);
            prefixed = prefix.equals("ZL") ? PatentOffice.CN
                    : prefix.startsWith("PCT") ? PatentOffice.WO : PatentOffice.valueOf(prefix);
            text = text.substring(lead.end());
            if (prefix.equals("ZL")) {
                notes.add(new Note("number.note.registerPrefix", "read without the register's ZL prefix", List.of()));
            }
        }
        if (office == null && prefixed == null) {
            throw new InvalidValueException("applicationNumber.office", "the patent office is required");
        }
        if (office != null && prefixed != null && office != prefixed) {
            throw new InvalidValueException("number.officeMismatch",
                    "the number starts with " + prefixed + " but the row is for " + office, prefixed.name(),
                    office.name());
        }
        PatentOffice at = office != null ? office : prefixed;
        Matcher kind = DOCDB_KIND.matcher(text);
        if (kind.matches() && at != PatentOffice.KR) {
            text = kind.group(1);
        }
        return new NumberReading(ApplicationNumber.parse(at, docdb(at, text, notes)), List.copyOf(notes));
    }

    /** The text in the form {@link ApplicationNumber#parse} reads, computing a missing check character. */
    private static String docdb(PatentOffice office, String text, List<Note> notes) {
        switch (office) {
            case CN -> {
                if (CN_DIGITS.matcher(text).matches()) {
                    char check = ApplicationNumber.cnCheckCharacter(text);
                    notes.add(checkComputed(text, String.valueOf(check)));
                    return text + "." + check;
                }
            }
            case EP -> {
                if (EIGHT_DIGITS.matcher(text).matches()) {
                    String check = String.valueOf(ApplicationNumber.epCheckDigit(text));
                    notes.add(checkComputed(text, check));
                    return text + "." + check;
                }
            }
            case US -> {
                Matcher m = DOCDB_US.matcher(text);
                if (m.matches()) {
                    notes.add(new Note("number.note.docdb", "read from the DOCDB form " + text, List.of(text)));
                    return m.group(2);
                }
            }
            case WO -> {
                Matcher m = DOCDB_WO.matcher(text);
                if (m.matches()) {
                    notes.add(new Note("number.note.docdb", "read from the DOCDB form " + text, List.of(text)));
                    return m.group(2) + m.group(1) + m.group(3);
                }
            }
            default -> {
            }
        }
        return text;
    }

    private static Note checkComputed(String digits, String check) {
        return new Note("number.note.checkComputed",
                "the check character was missing; computed from " + digits + ": " + check, List.of(digits, check));
    }

    // Full-width forms folded, upper case, spaces removed; dots, slashes and commas stay for parse.
    private static String compact(String input) {
        String folded = Normalizer.normalize(input, Normalizer.Form.NFKC).toUpperCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(folded.length());
        folded.codePoints()
            .filter(cp -> !Character.isWhitespace(cp) && !Character.isSpaceChar(cp))
            .forEach(out::appendCodePoint);
        return out.toString();
    }

}
