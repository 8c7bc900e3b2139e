package org.aiip.tracker.opendata.internal;

import java.util.Arrays;

/** Why a snapshot was not restored: a message key and its arguments; nothing was written. */
class RestoreRefused extends RuntimeException {

    private final String code;

    private final String[] args;

    RestoreRefused(String code, Object... args) {
        super(code + " " + Arrays.toString(args));
        this.code = code;
        this.args = Arrays.stream(args).map(String::valueOf).toArray(String[]::new);
    }

    public String code() {
        return this.code;
    }

    public String[] args() {
        return this.args.clone();
    }

}
