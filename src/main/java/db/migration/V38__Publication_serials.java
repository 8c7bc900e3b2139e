package db.migration;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import org.aiip.tracker.filing.PublicationNumber;

/**
 * Fills the publication and grant serials (V37) of the filings already on record, read with the same
 * {@link PublicationNumber} the application uses; numbers it cannot read keep no serial. In Java
 * because H2 and PostgreSQL write regular-expression replacements differently.
 */
public class V38__Publication_serials extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        try (Statement select = context.getConnection().createStatement();
                PreparedStatement update = context.getConnection()
                    .prepareStatement("update patent_filing set publication_serial = ?, grant_serial = ? where id = ?")) {
            select.setFetchSize(1000);
            int batched = 0;
            try (ResultSet rs = select.executeQuery("select id, publication_number, grant_number from patent_filing"
                    + " where publication_number is not null or grant_number is not null")) {
                while (rs.next()) {
                    update.setString(1, serial(rs.getString(2)));
                    update.setString(2, serial(rs.getString(3)));
                    update.setLong(3, rs.getLong(1));
                    update.addBatch();
                    if (++batched % 1000 == 0) {
                        update.executeBatch();
                    }
                }
            }
            update.executeBatch();
        }
    }

    private static String serial(String number) {
        return number == null ? null : PublicationNumber.tryParse(number).map(PublicationNumber::serial).orElse(null);
    }

}
