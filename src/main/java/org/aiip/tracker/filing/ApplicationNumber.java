package org.aiip.tracker.filing;

import java.text.Normalizer;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A patent application number of one {@link PatentOffice}, checked when it is created.
 *
 * <p>{@link #parse(PatentOffice, String)} accepts what people type (spaces, lower case, office
 * prefixes, full-width characters, the usual separators or none); {@link #normalised()} is the
 * compact form to store and {@link #display()} the form the office itself prints.
 *
 * <table>
 * <caption>Forms per office</caption>
 * <tr><th>Office</th><th>Display</th><th>Normalised</th></tr>
 * <tr><td>CN (from Oct 2003)</td><td>{@code 201710601862.3}</td><td>{@code 2017106018623}</td></tr>
 * <tr><td>CN (1985 to 2003)</td><td>{@code 97101765.4}</td><td>{@code 971017654}</td></tr>
 * <tr><td>EP</td><td>{@code 99403122.7}</td><td>{@code 994031227}</td></tr>
 * <tr><td>US</td><td>{@code 16/123,456}</td><td>{@code 16123456}</td></tr>
 * <tr><td>JP</td><td>{@code 2019-123456}</td><td>{@code 2019123456}</td></tr>
 * <tr><td>KR</td><td>{@code 10-2019-0123456}</td><td>{@code 1020190123456}</td></tr>
 * <tr><td>WO</td><td>{@code PCT/CN2019/123456}</td><td>{@code CN2019123456}</td></tr>
 * </table>
 *
 * <p>Every rejection is an {@link InvalidValueException} with its own message code:
 * {@code applicationNumber.required}, {@code .office}, {@code .character}, {@code .format},
 * {@code .year}, {@code .checkCharacter}, {@code .checkCharacterMissing},
 * {@code .notNormalised}, {@code .cn.length}, {@code .cn.type}, {@code .ep.length},
 * {@code .us.length}, {@code .jp.length}, {@code .kr.length}, {@code .kr.type},
 * {@code .wo.country}, {@code .wo.length}.
 *
 * <p>Instances are immutable; two numbers are equal when office and normalised form are.
 */
public final class ApplicationNumber {

    /** The kind of protection applied for, where the number encodes it (CN and KR). */
    public enum Type {
        INVENTION, UTILITY_MODEL, DESIGN,
        /** A PCT application for an invention entering the Chinese national phase (CN type 8). */
        PCT_INVENTION,
        /** A PCT application for a utility model entering the Chinese national phase (CN type 9). */
        PCT_UTILITY_MODEL
    }

    // First filing years that make sense for each numbering scheme; the upper bound is always the
    // current year.
    private static final int CN_OLD_FIRST_YEAR = 1985; // Chinese patent law in force 1 April 1985
    private static final int CN_OLD_LAST_YEAR = 2003;  // 12-digit numbers from 1 October 2003
    private static final int CN_NEW_FIRST_YEAR = 2003;
    private static final int EP_FIRST_YEAR = 1978;     // the EPO opened in 1978
    private static final int JP_FIRST_YEAR = 2000;     // earlier JP numbers used era years
    private static final int KR_FIRST_YEAR = 1946;
    private static final int WO_FIRST_YEAR = 2004;     // PCT/CCYYYY/NNNNNN since 1 January 2004

    private static final Pattern US_FORM = Pattern.compile("(\\d{2})/?(\\d{3}),?(\\d{3})");
    private static final Pattern JP_FORM = Pattern.compile("(\\d{4})-?(\\d{6})");
    private static final Pattern KR_FORM = Pattern.compile("(\\d{2})-?(\\d{4})-?(\\d{7})");
    private static final Pattern WO_FORM = Pattern.compile("([A-Z]{2})(\\d{4})/?(\\d{6})");

    private static final Pattern CN_DIGITS = Pattern.compile("\\d{8}|\\d{12}");

    private static final Pattern EIGHT_DIGITS = Pattern.compile("\\d{8}");

    private final PatentOffice office;
    private final String normalised;
    private final String display;
    private final int year; // 0 where the number has none (US)
    private final Type type; // null where the number has none

    private ApplicationNumber(PatentOffice office, String normalised, String display, int year,
                              Type type) {
        this.office = office;
        this.normalised = normalised;
        this.display = display;
        this.year = year;
        this.type = type;
    }

    /**
     * Reads an application number as a person typed or pasted it.
     *
     * @throws InvalidValueException if the office is missing or the text is not a valid number of
     *                               that office; the message says what is wrong
     */
    public static ApplicationNumber parse(PatentOffice office, String input) {
        if (office == null) {
            throw new InvalidValueException("applicationNumber.office", "the patent office is required");
        }
        if (input == null || input.isBlank()) {
            throw new InvalidValueException("applicationNumber.required", "the application number is required");
        }
        Text text = Text.of(input);
        return switch (office) {
            case CN -> parseCn(text.strip("CN").strip("ZL"));
            case EP -> parseEp(text.strip("EP"));
            case US -> parseUs(text.strip("US"));
            case JP -> parseJp(text.strip("JP").strip("特願").strip("特愿"));
            case KR -> parseKr(text.strip("KR"));
            case WO -> parseWo(text.strip("WO").strip("PCT").strip("/"));
        };
    }

    /**
     * Rebuilds a number from its stored {@link #normalised()} form, checking it again so that a
     * damaged database row is noticed rather than displayed.
     *
     * @throws InvalidValueException if the value is invalid or not in normalised form
     */
    public static ApplicationNumber ofNormalised(PatentOffice office, String normalised) {
        ApplicationNumber number = parse(office, normalised);
        if (!number.normalised.equals(normalised)) {
            throw new InvalidValueException("applicationNumber.notNormalised",
                    "'" + normalised + "' is not the stored form of " + withArticle(office) + " application number; expected "
                            + number.normalised,
                    normalised, office.name(), number.normalised);
        }
        return number;
    }

    /**
     * The CNIPA check character for the 8 or 12 digits before it: the digits are multiplied from
     * left to right by 2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5, the products are summed, and the
     * remainder of the sum divided by 11 is the check; a remainder of 10 is written X.
     *
     * @throws InvalidValueException if {@code digits} is not 8 or 12 ASCII digits
     */
    public static char cnCheckCharacter(String digits) {
        if (digits == null || !CN_DIGITS.matcher(digits).matches()) {
            throw cnLength(digits == null ? 0 : digits.length());
        }
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            sum += (digits.charAt(i) - '0') * (2 + i % 8);
        }
        int remainder = sum % 11;
        return remainder == 10 ? 'X' : (char) ('0' + remainder);
    }

    /**
     * The EPO check digit for the 8 digits of an application number (Luhn): the digits are
     * multiplied from left to right by 1, 2, 1, 2, ..., the digits of the products are summed,
     * and the check is (10 − sum mod 10) mod 10.
     *
     * @throws InvalidValueException if {@code eightDigits} is not 8 ASCII digits
     */
    public static int epCheckDigit(String eightDigits) {
        if (eightDigits == null || !EIGHT_DIGITS.matcher(eightDigits).matches()) {
            throw epLength(eightDigits == null ? 0 : eightDigits.length());
        }
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            int product = (eightDigits.charAt(i) - '0') * (i % 2 == 0 ? 1 : 2);
            sum += product / 10 + product % 10;
        }
        return (10 - sum % 10) % 10;
    }

    public PatentOffice office() {
        return office;
    }

    /** The compact form to store, e.g. {@code 2017106018623}; see the class comment. */
    public String normalised() {
        return normalised;
    }

    /** The form the office prints, e.g. {@code 201710601862.3}; see the class comment. */
    public String display() {
        return display;
    }

    /** The four-digit filing year the number encodes; empty for US numbers, which have none. */
    public OptionalInt year() {
        return year == 0 ? OptionalInt.empty() : OptionalInt.of(year);
    }

    /** The kind of application the number encodes; only CN and KR numbers encode one. */
    public Optional<Type> type() {
        return Optional.ofNullable(type);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ApplicationNumber other && office == other.office
                && normalised.equals(other.normalised);
    }

    @Override
    public int hashCode() {
        return Objects.hash(office, normalised);
    }

    /** The {@link #display()} form. */
    @Override
    public String toString() {
        return display;
    }

    // ---- CN ----

    private static ApplicationNumber parseCn(Text text) {
        String s = text.requireOnly(PatentOffice.CN, "0123456789X.");
        String digits;
        String check;
        int dot = s.indexOf('.');
        if (dot >= 0) {
            if (dot != s.lastIndexOf('.') || dot < s.length() - 2) {
                throw format(PatentOffice.CN);
            }
            digits = s.substring(0, dot);
            check = s.substring(dot + 1); // empty when the text ends with the dot
        } else if (s.length() == 13 || s.length() == 9 || s.endsWith("X")) {
            digits = s.substring(0, s.length() - 1);
            check = s.substring(s.length() - 1);
        } else {
            digits = s;
            check = "";
        }
        if (digits.indexOf('X') >= 0) {
            throw format(PatentOffice.CN); // X is only ever the check character
        }
        if (digits.length() != 12 && digits.length() != 8) {
            throw cnLength(digits.length() + (dot < 0 ? check.length() : 0));
        }
        boolean oldForm = digits.length() == 8;
        int year;
        char typeDigit;
        if (oldForm) {
            year = twoDigitYear(digits.substring(0, 2));
            requireYear(year, CN_OLD_FIRST_YEAR, CN_OLD_LAST_YEAR);
            typeDigit = digits.charAt(2);
        } else {
            year = Integer.parseInt(digits.substring(0, 4));
            requireYear(year, CN_NEW_FIRST_YEAR, currentYear());
            typeDigit = digits.charAt(4);
        }
        Type type = switch (typeDigit) {
            case '1' -> Type.INVENTION;
            case '2' -> Type.UTILITY_MODEL;
            case '3' -> Type.DESIGN;
            case '8' -> Type.PCT_INVENTION;
            case '9' -> Type.PCT_UTILITY_MODEL;
            default -> throw new InvalidValueException("applicationNumber.cn.type",
                    "unknown type digit " + typeDigit, String.valueOf(typeDigit));
        };
        String expected = String.valueOf(cnCheckCharacter(digits));
        requireCheck(expected, check);
        return new ApplicationNumber(PatentOffice.CN, digits + check, digits + "." + check, year, type);
    }

    private static InvalidValueException cnLength(int found) {
        return new InvalidValueException("applicationNumber.cn.length",
                "found " + found + " digits; a CN application number has 12 digits and a check character"
                        + " (8 digits and a check character before October 2003)",
                found);
    }

    // ---- EP ----

    private static ApplicationNumber parseEp(Text text) {
        String s = text.requireOnly(PatentOffice.EP, "0123456789.");
        String digits;
        String check;
        int dot = s.indexOf('.');
        if (dot >= 0) {
            if (dot != s.lastIndexOf('.') || dot < s.length() - 2) {
                throw format(PatentOffice.EP);
            }
            digits = s.substring(0, dot);
            check = s.substring(dot + 1);
        } else if (s.length() == 9) {
            digits = s.substring(0, 8);
            check = s.substring(8);
        } else {
            digits = s;
            check = "";
        }
        if (digits.length() != 8) {
            throw epLength(digits.length() + (dot < 0 ? check.length() : 0));
        }
        int year = twoDigitYear(digits.substring(0, 2));
        requireYear(year, EP_FIRST_YEAR, currentYear());
        requireCheck(String.valueOf(epCheckDigit(digits)), check);
        return new ApplicationNumber(PatentOffice.EP, digits + check, digits + "." + check, year, null);
    }

    private static InvalidValueException epLength(int found) {
        return new InvalidValueException("applicationNumber.ep.length",
                "found " + found + " digits; an EP application number has 8 digits and a check digit",
                found);
    }

    // ---- US ----

    private static ApplicationNumber parseUs(Text text) {
        String s = text.requireOnly(PatentOffice.US, "0123456789/,");
        Matcher m = US_FORM.matcher(s);
        if (!m.matches()) {
            int found = countDigits(s);
            if (found != 8) {
                throw new InvalidValueException("applicationNumber.us.length",
                        "found " + found + " digits; a US application number has 8"
                                + " (a 2-digit series code and a 6-digit serial number)",
                        found);
            }
            throw format(PatentOffice.US);
        }
        String series = m.group(1);
        String serial = m.group(2) + m.group(3);
        return new ApplicationNumber(PatentOffice.US, series + serial,
                series + "/" + m.group(2) + "," + m.group(3), 0, null);
    }

    // ---- JP ----

    private static ApplicationNumber parseJp(Text text) {
        String s = text.requireOnly(PatentOffice.JP, "0123456789-");
        Matcher m = JP_FORM.matcher(s);
        if (!m.matches()) {
            int found = countDigits(s);
            if (found != 10) {
                throw new InvalidValueException("applicationNumber.jp.length",
                        "found " + found + " digits; a JP application number has 10"
                                + " (a 4-digit year and a 6-digit serial number)",
                        found);
            }
            throw format(PatentOffice.JP);
        }
        int year = Integer.parseInt(m.group(1));
        requireYear(year, JP_FIRST_YEAR, currentYear());
        return new ApplicationNumber(PatentOffice.JP, m.group(1) + m.group(2),
                m.group(1) + "-" + m.group(2), year, null);
    }

    // ---- KR ----

    private static ApplicationNumber parseKr(Text text) {
        String s = text.requireOnly(PatentOffice.KR, "0123456789-");
        Matcher m = KR_FORM.matcher(s);
        if (!m.matches()) {
            int found = countDigits(s);
            if (found != 13) {
                throw new InvalidValueException("applicationNumber.kr.length",
                        "found " + found + " digits; a KR application number has 13"
                                + " (a 2-digit type, a 4-digit year and a 7-digit serial number)",
                        found);
            }
            throw format(PatentOffice.KR);
        }
        String typeCode = m.group(1);
        Type type = switch (typeCode) {
            case "10" -> Type.INVENTION;
            case "20" -> Type.UTILITY_MODEL;
            case "30" -> Type.DESIGN;
            default -> throw new InvalidValueException("applicationNumber.kr.type",
                    "unknown type code " + typeCode, typeCode);
        };
        int year = Integer.parseInt(m.group(2));
        requireYear(year, KR_FIRST_YEAR, currentYear());
        return new ApplicationNumber(PatentOffice.KR, typeCode + m.group(2) + m.group(3),
                typeCode + "-" + m.group(2) + "-" + m.group(3), year, type);
    }

    // ---- WO ----

    private static ApplicationNumber parseWo(Text text) {
        String s = text.requireOnly(PatentOffice.WO, "0123456789/ABCDEFGHIJKLMNOPQRSTUVWXYZ");
        Matcher m = WO_FORM.matcher(s);
        if (!m.matches()) {
            if (s.length() < 2 || !isLetter(s.charAt(0)) || !isLetter(s.charAt(1))) {
                throw new InvalidValueException("applicationNumber.wo.country",
                        "the receiving office is missing: a PCT application number starts with two letters,"
                                + " as in PCT/CN2019/123456");
            }
            String rest = s.substring(2);
            for (int i = 0; i < rest.length(); i++) {
                if (isLetter(rest.charAt(i))) {
                    throw format(PatentOffice.WO);
                }
            }
            int found = countDigits(rest);
            if (found != 10) {
                throw new InvalidValueException("applicationNumber.wo.length",
                        "found " + found + " digits; a PCT application number has 10 after the receiving"
                                + " office (a 4-digit year and a 6-digit serial number)",
                        found);
            }
            throw format(PatentOffice.WO);
        }
        int year = Integer.parseInt(m.group(2));
        requireYear(year, WO_FIRST_YEAR, currentYear());
        return new ApplicationNumber(PatentOffice.WO, m.group(1) + m.group(2) + m.group(3),
                "PCT/" + m.group(1) + m.group(2) + "/" + m.group(3), year, null);
    }

    // ---- shared checks ----

    // A two-digit year up to this year's is taken as 20YY, anything above as 19YY, so the error for
    // CN "84" or EP "77" names 1984 or 1977 rather than a year in the far future.
    private static int twoDigitYear(String yy) {
        int value = Integer.parseInt(yy);
        return value <= currentYear() % 100 ? 2000 + value : 1900 + value;
    }

    private static void requireYear(int year, int first, int last) {
        if (year < first || year > last) {
            throw new InvalidValueException("applicationNumber.year",
                    "the filing year " + year + " is not plausible; expected " + first + " to " + last,
                    year, first, last);
        }
    }

    private static void requireCheck(String expected, String given) {
        if (given.isEmpty()) {
            throw new InvalidValueException("applicationNumber.checkCharacterMissing",
                    "the check character is missing; it should be " + expected, expected);
        }
        if (!given.equals(expected)) {
            throw new InvalidValueException("applicationNumber.checkCharacter",
                    "the check character should be " + expected + ", not " + given, expected, given);
        }
    }

    private static InvalidValueException format(PatentOffice office) {
        String example = switch (office) {
            case CN -> "201710601862.3 (97101765.4 before October 2003)";
            case EP -> "99403122.7";
            case US -> "16/123,456";
            case JP -> "2019-123456";
            case KR -> "10-2019-0123456";
            case WO -> "PCT/CN2019/123456";
        };
        return new InvalidValueException("applicationNumber.format",
                "this is not how " + withArticle(office) + " application number is written; it looks like " + example,
                office.name(), example);
    }

    private static String withArticle(PatentOffice office) {
        return (office == PatentOffice.EP ? "an " : "a ") + office.name(); // "an EP", "a CN"
    }

    private static int countDigits(String s) {
        return (int) s.chars().filter(c -> c >= '0' && c <= '9').count();
    }

    private static boolean isLetter(char c) {
        return c >= 'A' && c <= 'Z';
    }

    // The latest calendar year anywhere (UTC+14), so a number filed on 1 January in Asia is not
    // rejected by a server that is still in 31 December.
    // Kept until the year ends there: every stored number is parsed again to be shown, a million in an export.
    static int currentYear() {
        YearThere kept = yearThere;
        if (System.currentTimeMillis() < kept.endMillis()) {
            return kept.year();
        }
        ZoneOffset latest = ZoneOffset.ofHours(14);
        int year = Year.now(latest).getValue();
        yearThere = new YearThere(year, Year.of(year + 1).atDay(1).atStartOfDay(latest).toInstant().toEpochMilli());
        return year;
    }

    private static volatile YearThere yearThere = new YearThere(0, Long.MIN_VALUE);

    private record YearThere(int year, long endMillis) {
    }

    /**
     * Typed text with whitespace removed and full-width forms folded (NFKC), kept twice with the
     * same indexes: upper-cased for matching and as typed for naming a bad character.
     */
    private record Text(String upper, String typed) {

        static Text of(String input) {
            if (printableAscii(input)) {
                // NFKC leaves printable ASCII as it is and it holds no whitespace: the stored forms, and most typing.
                return new Text(input.toUpperCase(Locale.ROOT), input);
            }
            String folded = Normalizer.normalize(input, Normalizer.Form.NFKC);
            StringBuilder typed = new StringBuilder(folded.length());
            folded.codePoints()
                    .filter(cp -> !Character.isWhitespace(cp) && !Character.isSpaceChar(cp))
                    .forEach(typed::appendCodePoint);
            StringBuilder upper = new StringBuilder(typed);
            for (int i = 0; i < upper.length(); i++) {
                char c = upper.charAt(i);
                if (c >= 'a' && c <= 'z') {
                    upper.setCharAt(i, (char) (c - 'a' + 'A')); // ASCII only: keeps indexes aligned
                }
            }
            return new Text(upper.toString(), typed.toString());
        }

        private static boolean printableAscii(String input) {
            for (int i = 0; i < input.length(); i++) {
                char c = input.charAt(i);
                if (c <= ' ' || c >= 0x7F) {
                    return false;
                }
            }
            return true;
        }

        Text strip(String prefix) {
            return upper.startsWith(prefix)
                    ? new Text(upper.substring(prefix.length()), typed.substring(prefix.length()))
                    : this;
        }

        /** The upper-cased text, after checking that it holds only {@code allowed} characters. */
        String requireOnly(PatentOffice office, String allowed) {
            if (upper.isEmpty()) {
                throw new InvalidValueException("applicationNumber.required", "the application number is required");
            }
            for (int i = 0; i < upper.length(); ) {
                int cp = upper.codePointAt(i);
                if (cp > 0xFFFF || allowed.indexOf(cp) < 0) {
                    String character = new String(Character.toChars(typed.codePointAt(i)));
                    throw new InvalidValueException("applicationNumber.character",
                            "the character '" + character + "' cannot appear in " + withArticle(office)
                                    + " application number",
                            character, office.name());
                }
                i += Character.charCount(cp);
            }
            return upper;
        }
    }
}
