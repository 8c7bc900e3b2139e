package org.aiip.tracker.filing;

import java.util.Locale;
import java.util.Optional;

/**
 * The patent offices whose application numbers the tracker understands. The constant names are
 * the WIPO ST.3 codes, so they can be stored as they are.
 */
public enum PatentOffice {

    CN("China (CNIPA)"),
    US("United States (USPTO)"),
    EP("European Patent Office"),
    JP("Japan (JPO)"),
    KR("Korea (KIPO)"),
    WO("WIPO (PCT)");

    private final String displayName;

    PatentOffice(String displayName) {
        this.displayName = displayName;
    }

    /** The English name shown where no translation is available, e.g. "China (CNIPA)". */
    public String displayName() {
        return displayName;
    }

    /**
     * The office for a two-letter code, ignoring case and surrounding spaces. "PCT" is accepted
     * for {@link #WO} because that is what people call international applications.
     *
     * @return the office, or empty for null, blank or unknown codes
     */
    public static Optional<PatentOffice> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String c = code.strip().toUpperCase(Locale.ROOT);
        if (c.equals("PCT")) {
            return Optional.of(WO);
        }
        for (PatentOffice office : values()) {
            if (office.name().equals(c)) {
                return Optional.of(office);
            }
        }
        return Optional.empty();
    }
}
