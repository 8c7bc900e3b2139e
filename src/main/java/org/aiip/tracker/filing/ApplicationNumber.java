package org.aiip.tracker.filing;

/** Placeholder; replaced by the value-type branch. */
public final class ApplicationNumber {

    private final PatentOffice office;

    private final String normalised;

    private ApplicationNumber(PatentOffice office, String normalised) {
        this.office = office;
        this.normalised = normalised;
    }

    public static ApplicationNumber parse(PatentOffice office, String input) {
        return new ApplicationNumber(office, input.replaceAll("[^0-9A-Za-z]", "").toUpperCase());
    }

    public static ApplicationNumber ofNormalised(PatentOffice office, String normalised) {
        return new ApplicationNumber(office, normalised);
    }

    public static char cnCheckCharacter(String digits) {
        return '0';
    }

    public static int epCheckDigit(String digits) {
        return 0;
    }

    public PatentOffice office() {
        return this.office;
    }

    public String normalised() {
        return this.normalised;
    }

    public String display() {
        return this.normalised;
    }

    @Override
    public String toString() {
        return display();
    }

}
