package org.aiip.tracker.system;

import java.util.ArrayList;
import java.util.List;

/** Text as people type it: surrounding white space is not part of a value, and a blank value is no value. */
public final class Texts {

    private Texts() {
    }

    /** The value without surrounding white space, or {@code null} when nothing is left. */
    public static String trimToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /**
     * The values of a box that holds several (patent numbers a line, family keys or fields separated by
     * semicolons), each without surrounding white space, in the order typed, without blanks or repeats.
     *
     * @param separators a regular expression that matches what separates two values
     */
    public static List<String> items(String text, String separators) {
        List<String> items = new ArrayList<>();
        if (text == null) {
            return items;
        }
        for (String part : text.split(separators)) {
            String value = part.strip();
            if (!value.isEmpty() && !items.contains(value)) {
                items.add(value);
            }
        }
        return items;
    }

}
