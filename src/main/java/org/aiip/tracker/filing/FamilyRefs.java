package org.aiip.tracker.filing;

import java.util.Optional;

/**
 * The references by which filings are joined into families across offices: an application ({@code A:}
 * office and number without a check character, as priority claims write it), a published document
 * ({@code P:} its {@link PublicationNumber#serial() serial}) or a family number of a source
 * ({@code F:} source and number). Filings that share a reference are one family.
 */
public final class FamilyRefs {

    /** Longest reference stored. */
    public static final int MAX_LENGTH = 40;

    private FamilyRefs() {
    }

    /** The reference of an application: {@code A:CN201710117081} for CN 201710117081.7. */
    public static String application(ApplicationNumber number) {
        String normalised = number.normalised();
        String withoutCheck = switch (number.office()) {
            case CN, EP -> normalised.substring(0, normalised.length() - 1);
            default -> normalised;
        };
        return "A:" + number.office().name() + withoutCheck;
    }

    /** The reference of a published document: {@code P:CN106844774}. */
    public static String publication(PublicationNumber number) {
        return "P:" + number.serial();
    }

    /** The reference of a source's family number, e.g. {@code F:ESPACENET:71234567}. */
    public static Optional<String> family(String source, String familyNumber) {
        if (familyNumber == null || familyNumber.isBlank()) {
            return Optional.empty();
        }
        String ref = "F:" + source + ":" + familyNumber.strip();
        return ref.length() <= MAX_LENGTH ? Optional.of(ref) : Optional.empty();
    }

    /**
     * The reference of a number a source names as a priority or a family member: an application
     * number when it reads as one (a missing check character is computed), else a publication number.
     */
    public static Optional<String> ofAnyNumber(String text) {
        Optional<PublicationNumber> publication = PublicationNumber.tryParse(text);
        if (publication.map(p -> p.kind() != null && !p.kind().equals("A")).orElse(false)) {
            return publication.map(FamilyRefs::publication); // A1, B2, U ...: a document, not an application
        }
        try {
            return Optional.of(application(NumberReading.read(null, text).number()));
        }
        catch (InvalidValueException notAnApplication) {
            return publication.map(FamilyRefs::publication);
        }
    }

}
