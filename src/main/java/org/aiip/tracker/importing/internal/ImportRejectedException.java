package org.aiip.tracker.importing.internal;

import java.util.List;

/**
 * The file as a whole cannot be imported (not text, not UTF-8, not CSV, wrong columns, too many
 * rows), or a confirmed import was refused. Carries a message code and its arguments.
 */
class ImportRejectedException extends RuntimeException {

    private final String code;

    private final List<String> arguments;

    ImportRejectedException(String code, Object... arguments) {
        super(code);
        this.code = code;
        this.arguments = java.util.Arrays.stream(arguments).map(String::valueOf).toList();
    }

    String code() {
        return this.code;
    }

    List<String> arguments() {
        return this.arguments;
    }

}
