package org.aiip.tracker.licensing;

import java.time.LocalDate;
import java.util.List;

/**
 * A licence offer to save, as the service takes it (the form builds it with
 * {@link LicenceOfferForm#toCommand()}): patents and families already read as lists; {@code version} is the one
 * the editor saw, compared with the stored one.
 */
public record LicenceOfferCommand(Long memberId, String title, LicenceTerms terms, String fieldOfUse,
        String licensees, LocalDate offeredFrom, LocalDate offeredUntil, String licenceUrl, String note,
        List<String> patents, List<String> families, boolean wholePortfolio, String sourceUrl, long version) {

    public LicenceOfferCommand {
        patents = List.copyOf(patents);
        families = List.copyOf(families);
    }

}
