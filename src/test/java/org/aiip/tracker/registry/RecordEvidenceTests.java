package org.aiip.tracker.registry;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.util.ReflectionTestUtils;

import org.aiip.tracker.filing.ApplicationNumber;
import org.aiip.tracker.filing.FilingMentions.Mention;
import org.aiip.tracker.filing.PatentFiling;
import org.aiip.tracker.filing.PatentOffice;
import org.aiip.tracker.system.DataRevision;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A filing's page asks a registry for its records only when some record names the filing or its family; what the
 * registry names is kept until the data revision moves, so a record added through any page shows at once.
 */
@SpringBootTest
@ActiveProfiles("test")
class RecordEvidenceTests {

    @Autowired
    DataRevision revision;

    @Test
    void onlyAFilingOrFamilyARecordNamesIsLookedUpAndANewRecordShowsOnceTheRevisionMoves() {
        List<Long> lookedUp = new ArrayList<>();
        AtomicReference<RecordEvidence.Named> named = new AtomicReference<>(
                new RecordEvidence.Named(List.of(7L), List.of("FAM-000001")));
        Registry registry = new Registry(this.revision, lookedUp, named);
        this.revision.changed(); // whatever an earlier test kept is read again

        assertThat(registry.of(filing(7, null))).extracting(Mention::href).containsExactly("/records/1");
        assertThat(registry.of(filing(8, "FAM-000001"))).as("named by its family").hasSize(1);
        assertThat(registry.of(filing(9, "FAM-000002"))).isEmpty();
        assertThat(lookedUp).as("the registry is asked only for the named ones").containsExactly(7L, 8L);

        named.set(new RecordEvidence.Named(List.of(7L, 9L), List.of()));
        this.revision.changed(); // as after a record naming filing 9 is committed
        assertThat(registry.of(filing(9, "FAM-000002"))).extracting(Mention::label).containsExactly("record 9");
        assertThat(registry.of(filing(8, "FAM-000001"))).as("no longer named").isEmpty();
        assertThat(lookedUp).containsExactly(7L, 8L, 9L);
    }

    private static PatentFiling filing(long id, String familyKey) {
        PatentFiling filing = new PatentFiling(ApplicationNumber.parse(PatentOffice.US, "16/" + (100_000 + id)), null,
                null);
        ReflectionTestUtils.setField(filing, "id", id); // as the database numbers it
        filing.setFamilyKey(familyKey);
        return filing;
    }

    /** A registry whose records are one per named filing, and which notes every filing it is asked about. */
    private static final class Registry extends RecordEvidence<Long> {

        Registry(DataRevision revision, List<Long> lookedUp, AtomicReference<RecordEvidence.Named> named) {
            super(4, "records.kind", "/records", List::of, filing -> {
                lookedUp.add(filing.getId());
                return List.of(filing.getId());
            }, named::get, id -> new Entry(1, 1, "record " + id, LocalDate.of(2020, 4, 20)), revision);
        }

    }

}
