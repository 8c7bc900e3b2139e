package org.aiip.tracker.registry;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

import org.springframework.transaction.annotation.Transactional;

import org.aiip.tracker.clause.ClauseEvidence;
import org.aiip.tracker.filing.FilingMentions;
import org.aiip.tracker.filing.PatentFiling;
import org.aiip.tracker.system.DataRevision;
import org.aiip.tracker.system.RevisionKept;

/**
 * A registry's records as evidence on its clause (once for each member a record concerns) and on the pages of
 * the filings they name. A registry says only where its records come from and how one reads ({@link Entry});
 * the items, mentions and addresses are made here, the same way for all.
 * <p>
 * Which filings and families a registry names at all is kept per {@link DataRevision}: the page of a filing that
 * no record names (nearly all of them) asks the registry nothing, instead of one query per registry.
 *
 * @param <V> the registry's view of a record
 */
@Transactional(readOnly = true)
public class RecordEvidence<V> implements ClauseEvidence, FilingMentions {

    private final Registry registry;

    private final Supplier<List<V>> all;

    private final Function<PatentFiling, List<V>> naming;

    private final RevisionKept<Named> named;

    private final Function<V, Entry> entry;

    /**
     * @param clause the number of the clause the records evidence
     * @param kind the message key of the kind of record
     * @param href the address of the list page; a record's page is this with its id
     * @param all every record, in the order of the list page
     * @param naming the records that name a filing
     * @param named every filing and family that some record names
     * @param entry how a record reads as evidence
     * @param revision the revision that what is named is kept by
     */
    protected RecordEvidence(int clause, String kind, String href, Supplier<List<V>> all,
            Function<PatentFiling, List<V>> naming, Supplier<Named> named, Function<V, Entry> entry,
            DataRevision revision) {
        this.registry = new Registry(clause, kind, href);
        this.all = all;
        this.naming = naming;
        this.named = new RevisionKept<>(revision, named);
        this.entry = entry;
    }

    @Override
    public Registry registry() {
        return this.registry;
    }

    @Override
    public List<Item> items() {
        return this.all.get()
            .stream()
            .map(this.entry)
            .flatMap(e -> e.memberIds()
                .stream()
                .distinct()
                .map(memberId -> new Item(this.registry.clause(), memberId, this.registry.kind(), e.label(), e.date(),
                        page(e))))
            .toList();
    }

    @Override
    public List<Mention> of(PatentFiling filing) {
        if (!this.named.get().names(filing)) {
            return List.of();
        }
        return this.naming.apply(filing)
            .stream()
            .map(this.entry)
            .map(e -> new Mention(this.registry.kind(), e.label(), e.date(), page(e)))
            .toList();
    }

    private String page(Entry e) {
        return this.registry.href() + "/" + e.id();
    }

    /**
     * Every filing and family that some record of a registry names.
     * @param filingIds the filings' ids
     * @param familyKeys the families' keys
     */
    public record Named(Set<Long> filingIds, Set<String> familyKeys) {

        public Named(Collection<Long> filingIds, Collection<String> familyKeys) {
            this(Set.copyOf(filingIds), Set.copyOf(familyKeys));
        }

        /** Whether some record names the filing, or its family. */
        boolean names(PatentFiling filing) {
            return this.filingIds.contains(filing.getId())
                    || (filing.getFamilyKey() != null && this.familyKeys.contains(filing.getFamilyKey()));
        }

    }

    /**
     * One record as evidence.
     * @param id the record's id
     * @param memberIds the member companies it concerns
     * @param label the record's own name
     * @param date the record's date
     */
    public record Entry(long id, List<Long> memberIds, String label, LocalDate date) {

        public Entry {
            memberIds = List.copyOf(memberIds);
        }

        /** A record of one member. */
        public Entry(long id, long memberId, String label, LocalDate date) {
            this(id, List.of(memberId), label, date);
        }

    }

}
