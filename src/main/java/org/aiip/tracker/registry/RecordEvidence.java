package org.aiip.tracker.registry;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

import org.springframework.transaction.annotation.Transactional;

import org.aiip.tracker.clause.ClauseEvidence;
import org.aiip.tracker.filing.FilingMentions;
import org.aiip.tracker.filing.PatentFiling;

/**
 * A registry's records as evidence on its clause (once for each member a record concerns) and on the pages of
 * the filings they name. A registry says only where its records come from and how one reads ({@link Entry});
 * the items, mentions and addresses are made here, the same way for all.
 *
 * @param <V> the registry's view of a record
 */
@Transactional(readOnly = true)
public class RecordEvidence<V> implements ClauseEvidence, FilingMentions {

    private final Registry registry;

    private final Supplier<List<V>> all;

    private final Function<PatentFiling, List<V>> naming;

    private final Function<V, Entry> entry;

    /**
     * @param clause the number of the clause the records evidence
     * @param kind the message key of the kind of record
     * @param href the address of the list page; a record's page is this with its id
     * @param all every record, in the order of the list page
     * @param naming the records that name a filing
     * @param entry how a record reads as evidence
     */
    protected RecordEvidence(int clause, String kind, String href, Supplier<List<V>> all,
            Function<PatentFiling, List<V>> naming, Function<V, Entry> entry) {
        this.registry = new Registry(clause, kind, href);
        this.all = all;
        this.naming = naming;
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
