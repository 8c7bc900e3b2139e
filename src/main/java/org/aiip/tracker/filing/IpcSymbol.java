package org.aiip.tracker.filing;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A full International Patent Classification symbol down to the group, e.g. {@code G06N 3/08}:
 * section (A–H), two-digit class, subclass letter, a space, main group (1–4 digits, no leading
 * zeros), a slash and the subgroup (2–6 digits).
 *
 * <p>{@link #parse(String)} accepts {@code G06N3/08}, {@code g06n 3/08}, {@code G06N  3/08},
 * {@code G06N 0003/08}, full-width characters and a trailing version indicator as printed on
 * patent documents ({@code G06N 3/08 (2023.01)}); the normalised form is always
 * {@code G06N 3/08}.
 *
 * <p>Rejections are {@link InvalidValueException}s with the codes {@code ipc.required},
 * {@code ipc.character}, {@code ipc.section}, {@code ipc.class}, {@code ipc.subclass},
 * {@code ipc.groupMissing}, {@code ipc.mainGroup}, {@code ipc.subgroup} and {@code ipc.format}.
 *
 * <p>Instances are immutable; equal when their normalised forms are.
 */
public final class IpcSymbol {

    // The IPC version indicator printed after a symbol, e.g. "(2006.01)" or "(2023.01)I".
    private static final Pattern VERSION_SUFFIX = Pattern.compile("\\(\\d{4}\\.\\d{2}\\)[A-Z]?$");
    private static final Pattern LIST_SEPARATORS = Pattern.compile("[;,\\r\\n]+");
    private static final Pattern PREFIX_CLASS = Pattern.compile("[A-H]\\d{0,2}");
    private static final Pattern PREFIX_GROUP = Pattern.compile("([A-H]\\d{2}[A-Z])(\\d{0,4})(/\\d{0,6})?");

    private final String section;
    private final String ipcClass;
    private final String subclass;
    private final int mainGroupNumber;
    private final String subgroup;
    private final String normalised;

    private IpcSymbol(String subclass, int mainGroupNumber, String subgroup) {
        this.section = subclass.substring(0, 1);
        this.ipcClass = subclass.substring(0, 3);
        this.subclass = subclass;
        this.mainGroupNumber = mainGroupNumber;
        this.subgroup = subgroup;
        this.normalised = subclass + " " + mainGroupNumber + "/" + subgroup;
    }

    /**
     * Reads one symbol as typed or pasted.
     *
     * @throws InvalidValueException naming the part that is wrong
     */
    public static IpcSymbol parse(String input) {
        if (input == null || input.isBlank()) {
            throw new InvalidValueException("ipc.required", "the IPC symbol is required");
        }
        String typed = compact(input);
        String s = VERSION_SUFFIX.matcher(typed.toUpperCase(Locale.ROOT)).replaceFirst("");
        if (s.isEmpty()) {
            throw new InvalidValueException("ipc.required", "the IPC symbol is required");
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c >= 'A' && c <= 'Z') && !(c >= '0' && c <= '9') && c != '/') {
                throw new InvalidValueException("ipc.character",
                        "the character '" + c + "' cannot appear in an IPC symbol", String.valueOf(c));
            }
        }
        // Walk the parts left to right so the message names the first wrong one.
        char sectionLetter = s.charAt(0);
        if (sectionLetter < 'A' || sectionLetter > 'H') {
            throw new InvalidValueException("ipc.section",
                    "the section must be a letter A–H, not " + sectionLetter, String.valueOf(sectionLetter));
        }
        if (s.length() < 3 || !isDigit(s.charAt(1)) || !isDigit(s.charAt(2)) || s.startsWith("00", 1)) {
            String given = s.substring(0, Math.min(3, s.length()));
            throw new InvalidValueException("ipc.class",
                    "the class must be two digits after the section, as in G06, not " + given, given);
        }
        if (s.length() < 4 || !isLetter(s.charAt(3))) {
            String given = s.substring(0, Math.min(4, s.length()));
            throw new InvalidValueException("ipc.subclass",
                    "the subclass must be a letter after the class, as in G06N, not " + given, given);
        }
        String subclass = s.substring(0, 4);
        String groups = s.substring(4);
        if (groups.isEmpty()) {
            throw new InvalidValueException("ipc.groupMissing",
                    "the main group and subgroup are missing: " + subclass + " is a subclass;"
                            + " a symbol looks like G06N 3/08",
                    subclass);
        }
        int slash = groups.indexOf('/');
        if (slash < 0 || slash != groups.lastIndexOf('/')
                || !groups.substring(0, slash).chars().allMatch(IpcSymbol::isDigit)
                || !groups.substring(slash + 1).chars().allMatch(IpcSymbol::isDigit)) {
            throw new InvalidValueException("ipc.format",
                    "'" + typed + "' is not an IPC symbol; a symbol looks like G06N 3/08", typed);
        }
        String main = stripLeadingZeros(groups.substring(0, slash));
        if (main.isEmpty() || main.length() > 4) {
            throw new InvalidValueException("ipc.mainGroup",
                    "the main group must be a number from 1 to 9999, not '" + groups.substring(0, slash) + "'",
                    groups.substring(0, slash));
        }
        String subgroup = groups.substring(slash + 1);
        if (subgroup.length() < 2 || subgroup.length() > 6) {
            throw new InvalidValueException("ipc.subgroup",
                    "the subgroup must have 2 to 6 digits, as in 3/08 or 3/0464, not '" + subgroup + "'", subgroup);
        }
        return new IpcSymbol(subclass, Integer.parseInt(main), subgroup);
    }

    /**
     * Reads a list of symbols separated by semicolons, commas or line breaks, as found in forms and
     * CSV cells. Blank entries are skipped and repeats dropped; the first occurrence keeps its place.
     *
     * @return the symbols, empty for null or blank input
     * @throws InvalidValueException for the first entry that is not a valid symbol
     */
    public static List<IpcSymbol> parseList(String input) {
        if (input == null || input.isBlank()) {
            return List.of();
        }
        Set<IpcSymbol> symbols = new LinkedHashSet<>();
        for (String part : LIST_SEPARATORS.split(input)) {
            if (!part.isBlank()) {
                symbols.add(parse(part));
            }
        }
        return List.copyOf(new ArrayList<>(symbols));
    }

    /**
     * Brings the start of a symbol into normalised form for prefix searches, e.g. {@code g06n3}
     * becomes {@code G06N 3}, {@code g06} stays {@code G06}. Note that {@code G06N 3} also matches
     * {@code G06N 33/00}; append the slash ({@code G06N 3/}) for one main group only.
     *
     * @return the normalised prefix, or null if the text cannot start a symbol (including blank)
     */
    public static String normalisePrefix(String input) {
        if (input == null) {
            return null;
        }
        String s = compact(input).toUpperCase(Locale.ROOT);
        if (s.isEmpty()) {
            return null;
        }
        if (PREFIX_CLASS.matcher(s).matches()) {
            return s;
        }
        Matcher m = PREFIX_GROUP.matcher(s);
        if (!m.matches()) {
            return null;
        }
        String main = stripLeadingZeros(m.group(2));
        String rest = m.group(3);
        if (main.isEmpty()) {
            // "G06N0" still narrows to the subclass; "G06N/08" has no main group at all.
            return rest == null ? m.group(1) : null;
        }
        return m.group(1) + " " + main + (rest == null ? "" : rest);
    }

    /** The section letter, e.g. {@code G}. */
    public String section() {
        return section;
    }

    /** Section and class, e.g. {@code G06}. */
    public String ipcClass() {
        return ipcClass;
    }

    /** Section, class and subclass, e.g. {@code G06N}. */
    public String subclass() {
        return subclass;
    }

    /** The main group this symbol belongs to, e.g. {@code G06N 3/00}. */
    public String mainGroup() {
        return subclass + " " + mainGroupNumber + "/00";
    }

    /** The main group number, e.g. 3 for {@code G06N 3/08}. */
    public int mainGroupNumber() {
        return mainGroupNumber;
    }

    /** The digits after the slash, e.g. {@code 08} or {@code 0464}. */
    public String subgroup() {
        return subgroup;
    }

    /** The stored and displayed form, e.g. {@code G06N 3/08}. */
    public String normalised() {
        return normalised;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IpcSymbol other && normalised.equals(other.normalised);
    }

    @Override
    public int hashCode() {
        return normalised.hashCode();
    }

    /** The normalised form, e.g. {@code G06N 3/08}. */
    @Override
    public String toString() {
        return normalised;
    }

    // NFKC folds full-width letters, digits and slashes typed with Chinese or Japanese input
    // methods; spaces carry no meaning inside a symbol.
    private static String compact(String input) {
        String folded = Normalizer.normalize(input, Normalizer.Form.NFKC);
        StringBuilder sb = new StringBuilder(folded.length());
        folded.codePoints()
                .filter(cp -> !Character.isWhitespace(cp) && !Character.isSpaceChar(cp))
                .forEach(sb::appendCodePoint);
        return sb.toString();
    }

    private static String stripLeadingZeros(String digits) {
        int i = 0;
        while (i < digits.length() && digits.charAt(i) == '0') {
            i++;
        }
        return digits.substring(i);
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isLetter(char c) {
        return c >= 'A' && c <= 'Z';
    }
}
