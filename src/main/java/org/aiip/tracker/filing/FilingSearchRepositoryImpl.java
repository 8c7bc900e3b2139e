package org.aiip.tracker.filing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

/**
 * The filing list queries as JPQL built from fixed fragments; every value from a request is a bound
 * parameter. Rows are projections (no entities), and the count is a separate query without joins,
 * so that a page costs two statements however many rows it shows.
 */
class FilingSearchRepositoryImpl implements FilingSearchRepository {

    private static final String ROW = """
            select new org.aiip.tracker.filing.FilingListRow(f.id, f.office, f.applicationNumber, f.title,
                a.slug, a.nameEn, a.nameZh, a.nameKo, f.filingDate, f.legalStatus,
                t.code, t.nameEn, t.nameZh, t.nameKo, f.openLicence, f.sample)
            from PatentFiling f join f.applicant a join f.technologyArea t""";

    private static final String EXPORT_ROW = """
            select new org.aiip.tracker.filing.FilingExportRow(f.office, f.applicationNumber, a.slug, f.title,
                f.abstractText, f.filingDate, f.priorityDate, f.publicationNumber, f.publicationDate,
                f.grantNumber, f.grantDate, f.legalStatus, t.code,
                (select listagg(s, '; ') within group (order by index(s)) from f.ipcSymbols s),
                f.openLicence, f.licenceTerms, f.familyKey)
            from PatentFiling f join f.applicant a join f.technologyArea t""";

    // The filings that have a word matching :word, from the H2 search index (FilingWordIndex).
    private static final String HAS_WORD = """
            f.id in (select mod(fw.entry, %dL) from SearchWord w, FilingWord fw
                where w.word like :word escape '!' and fw.entry between w.id * %dL and w.id * %dL + %dL)"""
        .formatted(FilingWordIndex.SPAN, FilingWordIndex.SPAN, FilingWordIndex.SPAN, FilingWordIndex.SPAN - 1);

    private final EntityManager em;

    private final FilingWordIndex words;

    FilingSearchRepositoryImpl(EntityManager em, FilingWordIndex words) {
        this.em = em;
        this.words = words;
    }

    @Override
    public long countMatching(FilingSearchCriteria criteria, FilingVisibility visibility) {
        Where where = Where.visibleTo(visibility).matching(criteria, this.words);
        return where.bind(this.em.createQuery("select count(f) from PatentFiling f" + where, Long.class))
            .getSingleResult();
    }

    @Override
    public List<FilingListRow> findMatching(FilingSearchCriteria criteria, FilingVisibility visibility, int offset,
            int limit) {
        Where where = Where.visibleTo(visibility).matching(criteria, this.words);
        String jpql = ROW + where + " order by " + criteria.sort().orderBy();
        return where.bind(this.em.createQuery(jpql, FilingListRow.class))
            .setFirstResult(offset)
            .setMaxResults(limit)
            .getResultList();
    }

    @Override
    public Stream<FilingExportRow> streamMatching(FilingSearchCriteria criteria, FilingVisibility visibility) {
        Where where = Where.visibleTo(visibility).matching(criteria, this.words);
        String jpql = EXPORT_ROW + where + " order by " + criteria.sort().orderBy();
        return where.bind(this.em.createQuery(jpql, FilingExportRow.class))
            .setHint("org.hibernate.fetchSize", 1000)
            .setHint("org.hibernate.readOnly", true)
            .getResultStream();
    }

    @Override
    public List<FilingListRow> findFamily(String familyKey, long excludedId, FilingVisibility visibility) {
        Where where = Where.visibleTo(visibility)
            .and("f.familyKey = :familyKey", "familyKey", familyKey)
            .and("f.id <> :excludedId", "excludedId", excludedId);
        String jpql = ROW + where + " order by f.filingDate asc, f.id asc";
        return where.bind(this.em.createQuery(jpql, FilingListRow.class)).getResultList();
    }

    /** Escapes the LIKE wildcards (with {@code !}, which needs no quoting in JPQL) so that user text matches literally. */
    static String likeLiteral(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    /** A where clause: fixed JPQL fragments joined by "and", and their parameters. */
    private static final class Where {

        private final List<String> conditions = new ArrayList<>();

        private final Map<String, Object> parameters = new LinkedHashMap<>();

        /** Confidentiality first: the condition every filing query starts from. */
        static Where visibleTo(FilingVisibility visibility) {
            Where where = new Where();
            if (visibility.everything()) {
                return where;
            }
            if (visibility.memberId() != null) {
                return where.and("(f.published = true or f.applicant.id = :viewerId)", "viewerId",
                        visibility.memberId());
            }
            where.conditions.add("f.published = true");
            return where;
        }

        Where matching(FilingSearchCriteria c, FilingWordIndex words) {
            and("f.applicant.id = :applicantId", "applicantId", c.applicantId());
            and("f.office = :office", "office", c.office());
            and("f.legalStatus = :status", "status", c.status());
            and("f.technologyArea.id = :areaId", "areaId", c.areaId());
            and("f.filingYear = :year", "year", c.year());
            and("f.openLicence = :openLicence", "openLicence", c.openLicence());
            if (c.ipcPrefix() != null) {
                // A semi-join on filing_ipc alone, which its (symbol, filing_id) index answers.
                and("exists (select 1 from f.ipcSymbols s where s like :ipc escape '!')",
                        "ipc", likeLiteral(c.ipcPrefix()) + "%");
            }
            if (c.titleContains() != null) {
                // Title or abstract. On PostgreSQL trigram indexes on lower(title) and lower(abstract_text)
                // answer this (db/vendor/postgresql/V7). On H2 the word index narrows the filings to those
                // that can contain the text (V32), unless the text is too short or too common for it.
                words.lookup(c.titleContains()).ifPresent(word -> and(HAS_WORD, "word", word));
                and("(lower(f.title) like :text escape '!' or lower(f.abstractText) like :text escape '!')", "text",
                        "%" + likeLiteral(c.titleContains().toLowerCase(Locale.ROOT)) + "%");
            }
            return this;
        }

        Where and(String condition, String name, Object value) {
            if (value != null) {
                this.conditions.add(condition);
                this.parameters.put(name, value);
            }
            return this;
        }

        <T> TypedQuery<T> bind(TypedQuery<T> query) {
            this.parameters.forEach(query::setParameter);
            return query;
        }

        @Override
        public String toString() {
            return this.conditions.isEmpty() ? "" : " where " + String.join(" and ", this.conditions);
        }

    }

}
