package org.aiip.tracker.filing;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import jakarta.persistence.EntityManager;

/** The rows of filing lists by id, as JPQL projections (no entities). */
class FilingSearchRepositoryImpl implements FilingSearchRepository {

    private static final String ROW = """
            select new org.aiip.tracker.filing.FilingListRow(f.id, f.office,
                coalesce(f.applicationNumber, f.publicationNumber), f.title,
                a.slug, a.nameEn, a.nameZh, a.nameKo, f.filingDate, f.legalStatus,
                t.code, t.nameEn, t.nameZh, t.nameKo, f.openLicence, f.sample)
            from PatentFiling f join f.applicant a join f.technologyArea t
            where f.id in :ids""";

    private static final String EXPORT_ROW = """
            select new org.aiip.tracker.filing.FilingExportRow(f.id, f.office, f.applicationNumber, a.slug, f.title,
                f.abstractText, f.filingDate, f.priorityDate, f.publicationNumber, f.publicationDate,
                f.grantNumber, f.grantDate, f.legalStatus, t.code,
                (select listagg(s, '; ') within group (order by index(s)) from f.ipcSymbols s),
                f.openLicence, f.licenceTerms, f.familyKey)
            from PatentFiling f join f.applicant a join f.technologyArea t
            where f.id in :ids""";

    private final EntityManager em;

    FilingSearchRepositoryImpl(EntityManager em) {
        this.em = em;
    }

    @Override
    public List<FilingListRow> rowsOf(List<Long> ids) {
        return inOrder(ids, ROW, FilingListRow.class, FilingListRow::id);
    }

    @Override
    public List<FilingExportRow> exportRowsOf(List<Long> ids) {
        return inOrder(ids, EXPORT_ROW, FilingExportRow.class, FilingExportRow::id);
    }

    private <T> List<T> inOrder(List<Long> ids, String jpql, Class<T> type, Function<T, Long> idOf) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, T> rows = new HashMap<>();
        this.em.createQuery(jpql, type)
            .setParameter("ids", ids)
            .setHint("org.hibernate.readOnly", true)
            .getResultList()
            .forEach(row -> rows.put(idOf.apply(row), row));
        return ids.stream().map(rows::get).filter(Objects::nonNull).toList();
    }

}
