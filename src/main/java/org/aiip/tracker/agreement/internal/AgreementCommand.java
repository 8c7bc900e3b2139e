package org.aiip.tracker.agreement.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.aiip.tracker.agreement.AgreementKind;
import org.aiip.tracker.agreement.DatePrecision;

/**
 * An agreement to save, as the service takes it (the form builds it with {@link AgreementForm#toCommand()}):
 * the technology fields read as a list; {@code version} is the one the admin saw.
 */
record AgreementCommand(String title, LocalDate signedOn, DatePrecision signedPrecision, AgreementKind kind,
        List<Long> partyIds, List<String> technologyFields, List<Integer> clauseNumbers, String description,
        String source, long version) {

    public AgreementCommand {
        // the lists may hold nulls (an empty checkbox value), which the service reports as unknown
        partyIds = Collections.unmodifiableList(new ArrayList<>(partyIds));
        technologyFields = List.copyOf(technologyFields);
        clauseNumbers = Collections.unmodifiableList(new ArrayList<>(clauseNumbers));
    }

}
