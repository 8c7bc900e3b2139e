package org.aiip.tracker.filing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Joins filings into families: filings that share a {@linkplain FamilyRefs reference} (a priority
 * application, a family member's publication, a source's family number) get one family key. A
 * family keeps the key one of its filings already has; a new family takes its earliest priority
 * application as its key ({@code CN201710117081}). Runs in the transaction of the write that added
 * the references.
 */
@Component
public class FamilyJoiner {

    // References reach this far: a US patent claims a CN priority that a WO application also claims.
    private static final int MAX_HOPS = 3;

    private final JdbcTemplate jdbc;

    private final FilingIndexer index;

    FamilyJoiner(JdbcTemplate jdbc, FilingIndexer index) {
        this.jdbc = jdbc;
        this.index = index;
    }

    /** Joins these filings with every filing they share a reference with; returns how many keys changed. */
    @Transactional(propagation = Propagation.MANDATORY)
    public int join(Collection<Long> filingIds) {
        if (filingIds.isEmpty()) {
            return 0;
        }
        Map<Long, Set<String>> refsOf = new HashMap<>();
        Set<Long> reached = new HashSet<>(filingIds);
        Set<Long> frontier = new HashSet<>(filingIds);
        for (int hop = 0; hop < MAX_HOPS && !frontier.isEmpty(); hop++) {
            Set<String> refs = new HashSet<>();
            refsByFiling(frontier).forEach((id, own) -> {
                refsOf.put(id, own);
                refs.addAll(own);
            });
            frontier = new HashSet<>(filingsWith(refs));
            frontier.removeAll(reached);
            reached.addAll(frontier);
        }
        refsByFiling(frontier).forEach(refsOf::put);
        return assignKeys(groups(refsOf));
    }

    private Map<Long, Set<String>> refsByFiling(Collection<Long> ids) {
        Map<Long, Set<String>> refs = new HashMap<>();
        if (ids.isEmpty()) {
            return refs;
        }
        this.jdbc.query("select r.filing_id, r.ref from unnest(?) n(id) join filing_family_ref r on r.filing_id = n.id",
                ps -> ps.setArray(1, ps.getConnection().createArrayOf("bigint", ids.toArray())),
                rs -> {
                    refs.computeIfAbsent(rs.getLong(1), id -> new TreeSet<>()).add(rs.getString(2));
                });
        return refs;
    }

    private List<Long> filingsWith(Collection<String> refs) {
        List<Long> ids = new ArrayList<>();
        if (refs.isEmpty()) {
            return ids;
        }
        this.jdbc.query("select distinct r.filing_id from unnest(?) n(ref) join filing_family_ref r on r.ref = n.ref",
                ps -> ps.setArray(1, ps.getConnection().createArrayOf("varchar", refs.toArray())),
                rs -> {
                    ids.add(rs.getLong(1));
                });
        return ids;
    }

    // Filings connected through shared references, by union-find over the references.
    private static List<Set<Long>> groups(Map<Long, Set<String>> refsOf) {
        Map<String, Long> firstWithRef = new HashMap<>();
        Map<Long, Long> parent = new HashMap<>();
        refsOf.keySet().forEach(id -> parent.put(id, id));
        refsOf.forEach((id, refs) -> refs.forEach(ref -> {
            Long other = firstWithRef.putIfAbsent(ref, id);
            if (other != null) {
                parent.put(root(parent, id), root(parent, other));
            }
        }));
        Map<Long, Set<Long>> byRoot = new HashMap<>();
        parent.keySet().forEach(id -> byRoot.computeIfAbsent(root(parent, id), r -> new TreeSet<>()).add(id));
        return new ArrayList<>(byRoot.values());
    }

    private static Long root(Map<Long, Long> parent, Long id) {
        Long at = id;
        while (!parent.get(at).equals(at)) {
            at = parent.get(at);
        }
        return at;
    }

    private int assignKeys(List<Set<Long>> groups) {
        int changed = 0;
        for (Set<Long> group : groups) {
            if (group.size() < 2) {
                continue;
            }
            Map<Long, String> keys = new HashMap<>();
            Set<String> refs = new TreeSet<>();
            this.jdbc.query("select f.id, f.family_key from unnest(?) n(id) join patent_filing f on f.id = n.id",
                    ps -> ps.setArray(1, ps.getConnection().createArrayOf("bigint", group.toArray())),
                    rs -> {
                        keys.put(rs.getLong(1), rs.getString(2));
                    });
            refs.addAll(refsByFiling(group).values().stream().flatMap(Set::stream).toList());
            String key = keys.values().stream().filter(k -> k != null && !k.isBlank()).sorted().findFirst()
                .orElseGet(() -> newKey(refs));
            List<Long> rekeyed = new java.util.ArrayList<>();
            for (Long id : group) {
                if (!key.equals(keys.get(id))) {
                    changed += this.jdbc.update("update patent_filing set family_key = ? where id = ?", key, id);
                    rekeyed.add(id);
                }
            }
            // The family lists come from the search index: it takes the new keys once they are committed.
            this.index.indexAfterCommit(rekeyed);
        }
        return changed;
    }

    // The earliest application among the references (the priority), else the first publication.
    private static String newKey(Set<String> refs) {
        String ref = refs.stream().filter(r -> r.startsWith("A:")).findFirst()
            .orElseGet(() -> refs.stream().filter(r -> r.startsWith("P:")).findFirst().orElse(refs.iterator().next()));
        String key = ref.substring(ref.indexOf(':') + 1).replace(':', '-');
        return key.length() > FilingRules.FAMILY_KEY_MAX ? key.substring(0, FilingRules.FAMILY_KEY_MAX) : key;
    }

}
