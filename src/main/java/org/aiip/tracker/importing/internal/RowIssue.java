package org.aiip.tracker.importing.internal;

import java.util.List;

/** One problem of one row: the CSV column it concerns (empty for the row as a whole) and a message code with arguments. */
record RowIssue(String column, String code, List<String> arguments, String defaultMessage) {

    static RowIssue of(String column, String code, String defaultMessage, Object... arguments) {
        return new RowIssue(column, code, java.util.Arrays.stream(arguments).map(String::valueOf).toList(),
                defaultMessage);
    }

}
