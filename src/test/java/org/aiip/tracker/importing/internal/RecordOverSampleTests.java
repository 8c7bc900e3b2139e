package org.aiip.tracker.importing.internal;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A filing of the real record whose number a synthetic sample filing already had (the generator makes numbers of
 * the real offices' shapes): the record's row makes it a real filing, with the record's values and source page,
 * no longer sample (which "real filings only" would hide, and a new sample would delete).
 */
@SpringBootTest
@ActiveProfiles("test")
@DirtiesContext
class RecordOverSampleTests {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    RecordLoader loader;

    @Test
    void aRecordRowMakesTheSampleFilingWithItsNumberReal() throws Exception {
        assertThat(this.loader.load()).isNotNull();
        Map<String, Object> real = this.jdbc.queryForMap("""
                select id, title, source_url from patent_filing
                where office = 'US' and source_url is not null order by id fetch first 1 rows only""");
        // As the generator would have left it: a synthetic filing with the same number, before the record came.
        this.jdbc.update("""
                update patent_filing set sample = true, title = 'Synthetic sample title', source_url = null,
                    import_fingerprint = null where id = ?""", real.get("id"));
        this.jdbc.update("delete from import_job where owner = 'record'");

        assertThat(this.loader.load()).as("loaded again").isNotNull();

        Map<String, Object> after = this.jdbc.queryForMap(
                "select sample, title, source_url from patent_filing where id = ?", real.get("id"));
        assertThat(after.get("sample")).isEqualTo(false);
        assertThat(after.get("source_url")).isEqualTo(real.get("source_url"));
        assertThat(after.get("title")).isEqualTo(real.get("title"));
    }

}
