package org.aiip.tracker.standards;

import java.time.LocalDate;
import java.util.List;


/**
 * A standards declaration to save, as the service takes it (the form builds it with
 * {@link DeclarationForm#toCommand()}): patents and families read as lists; {@code version} is the one the
 * editor saw.
 */
public record DeclarationCommand(Long memberId, String standardsBody, String standard, LocalDate declaredOn,
        Commitment commitment, String commitmentNote, List<String> patents, List<String> families,
        String sourceUrl, String note, long version) {

    public DeclarationCommand {
        patents = List.copyOf(patents);
        families = List.copyOf(families);
    }

}
