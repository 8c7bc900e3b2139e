package org.aiip.tracker.overview;

import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import org.aiip.tracker.Fixtures;
import org.aiip.tracker.filing.PatentFiling;
import org.aiip.tracker.system.DataRevision;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The public sources page counts the published real filings each site shows. The count reads every real filing,
 * so it is kept until the data changes: each committed change must show on the next visit, never a kept count.
 * The filings are committed (no test transaction), as an import's or an edit's are.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@DirtiesContext
class SourcesPageTests {

    private static final String SITE = "https://patents.google.com";

    @Autowired
    MockMvc mvc;

    @Autowired
    EntityManager em;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    DataRevision revision;

    @Test
    void countsThePublishedRealFilingsEachSiteShowsAndFollowsEveryChange() throws Exception {
        this.mvc.perform(get("/sources"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("No published filing with a source yet.")));

        List<Long> ids = this.transaction.execute(status -> {
            Fixtures fixtures = new Fixtures(this.em);
            this.revision.changed(); // moves on after the commit, as every committed change through the app does
            return List.of(cited(fixtures, "Lane keeping", 1), cited(fixtures, "Speech model", 2),
                    cited(fixtures, "Image search", 3));
        });
        this.mvc.perform(get("/sources"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString(row(3))))
            .andExpect(content().string(not(containsString("No published filing with a source yet."))));

        // One of them is withdrawn from publication: the next visit counts one fewer.
        this.transaction.executeWithoutResult(status -> {
            PatentFiling withdrawn = this.em.find(PatentFiling.class, ids.get(0));
            withdrawn.setPublicationNumber(null);
            withdrawn.setPublicationDate(null);
            new Fixtures(this.em).recount(); // flushes the change and recounts
            this.revision.changed();
        });
        this.mvc.perform(get("/sources")).andExpect(status().isOk()).andExpect(content().string(containsString(row(2))));
    }

    private static Long cited(Fixtures fixtures, String title, int serial) {
        PatentFiling filing = fixtures.filing("baidu", title, LocalDate.of(2019, 5, 1),
                org.aiip.tracker.filing.LegalStatus.PUBLISHED);
        filing.setPublicationNumber("CN" + (110000000 + serial) + "A");
        filing.setPublicationDate(LocalDate.of(2020, 11, 1));
        filing.setSourceUrl(SITE + "/patent/" + filing.getPublicationNumber() + "/en");
        return fixtures.save(filing).getId();
    }

    private static String row(long count) {
        return "<th scope=\"row\">" + SITE + "</th>\n        <td class=\"number\">" + count + "</td>";
    }

}
