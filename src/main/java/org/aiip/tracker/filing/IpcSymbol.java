package org.aiip.tracker.filing;

/** Placeholder; replaced by the value-type branch. */
public final class IpcSymbol {

    private final String value;

    private IpcSymbol(String value) {
        this.value = value;
    }

    public static IpcSymbol parse(String input) {
        return new IpcSymbol(input.trim());
    }

    public static String normalisePrefix(String input) {
        return input == null ? null : input.trim().toUpperCase();
    }

    @Override
    public String toString() {
        return this.value;
    }

}
