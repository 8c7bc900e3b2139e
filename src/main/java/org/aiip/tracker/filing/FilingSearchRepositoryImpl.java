package org.aiip.tracker.filing;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import jakarta.persistence.EntityManager;

import org.springframework.jdbc.core.JdbcTemplate;

/** The rows of filing lists by id, as projections (no entities): JPQL for the list, SQL for the export. */
class FilingSearchRepositoryImpl implements FilingSearchRepository {

    private static final String ROW = """
            select new org.aiip.tracker.filing.FilingListRow(f.id, f.office,
                coalesce(f.applicationNumber, f.publicationNumber), f.title,
                a.slug, a.nameEn, a.nameZh, a.nameKo, f.filingDate, f.filingDateSource, f.legalStatus,
                t.code, t.nameEn, t.nameZh, t.nameKo, f.openLicence, f.sample)
            from PatentFiling f join f.applicant a join f.technologyArea t
            where f.id in :ids""";

    /**
     * The export's rows, in SQL rather than JPQL: one statement text for every chunk (the ids are one array
     * parameter), so the database prepares it once and Hibernate does not translate a query of 1,000
     * parameters for each chunk. The same text runs on H2 and PostgreSQL.
     */
    private static final String EXPORT_ROW = """
            select f.id, f.office, f.application_number, a.slug, f.title, f.abstract_text, f.filing_date,
                f.priority_date, f.publication_number, f.publication_date, f.grant_number, f.grant_date,
                f.legal_status, t.code,
                (select string_agg(i.symbol, '; ' order by i.position) from filing_ipc i where i.filing_id = f.id),
                f.open_licence, f.licence_terms, f.family_key, f.filing_date_source
            from patent_filing f join member_company a on a.id = f.applicant_id
                join technology_area t on t.id = f.technology_area_id
            where f.id = any(?)""";

    private final EntityManager em;

    private final JdbcTemplate jdbc;

    FilingSearchRepositoryImpl(EntityManager em, JdbcTemplate jdbc) {
        this.em = em;
        this.jdbc = jdbc;
    }

    @Override
    public List<FilingListRow> rowsOf(List<Long> ids) {
        return inOrder(ids, ROW, FilingListRow.class, FilingListRow::id);
    }

    @Override
    public List<FilingExportRow> exportRowsOf(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, FilingExportRow> rows = new HashMap<>();
        this.jdbc.query(connection -> {
            PreparedStatement statement = connection.prepareStatement(EXPORT_ROW);
            statement.setArray(1, connection.createArrayOf("BIGINT", ids.toArray()));
            return statement;
        }, (ResultSet rs) -> {
            FilingExportRow row = new FilingExportRow(rs.getLong(1), PatentOffice.valueOf(rs.getString(2)),
                    rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), date(rs, 7),
                    FilingDateSource.valueOf(rs.getString(19)), date(rs, 8),
                    rs.getString(9), date(rs, 10), rs.getString(11), date(rs, 12),
                    LegalStatus.valueOf(rs.getString(13)), rs.getString(14), rs.getString(15), rs.getBoolean(16),
                    rs.getString(17), rs.getString(18));
            rows.put(row.id(), row);
        });
        return ids.stream().map(rows::get).filter(Objects::nonNull).toList();
    }

    private static LocalDate date(ResultSet rs, int column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
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
