package org.aiip.tracker.api.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.jayway.jsonpath.JsonPath;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.aiip.tracker.Fixtures;
import org.aiip.tracker.account.AccountService;
import org.aiip.tracker.filing.ApplicationNumber;
import org.aiip.tracker.filing.LegalStatus;
import org.aiip.tracker.filing.PatentFiling;
import org.aiip.tracker.filing.PatentOffice;
import org.aiip.tracker.member.MemberService;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Following {@code links.next} walks through every filing the caller may see exactly once, in the
 * list's order, whatever the order and however many share a date or a title.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Transactional
class FilingCursorPagingTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    EntityManager em;

    @Autowired
    AccountService accounts;

    @Autowired
    MemberService members;

    ApiTestData data;

    Set<Long> published = new HashSet<>();

    Set<Long> all = new HashSet<>();

    @BeforeEach
    void setUp() {
        this.data = new ApiTestData(this.em, this.accounts, this.members);
        Fixtures fixtures = this.data.fixtures();
        String[] titles = { "Beam search", "Attention model", "Beam search", "Capsule network", "Attention model" };
        String[] slugs = { "baidu", "jd", "haier" };
        for (int i = 0; i < 24; i++) {
            // Four filings share each date, and titles repeat: the id has to break the ties.
            LocalDate filed = LocalDate.of(2018 + i % 3, 1 + (i / 12), 1 + (i % 2) * 14);
            PatentFiling filing = fixtures.filing(slugs[i % 3], titles[i % titles.length], filed,
                    (i % 5 == 4) ? LegalStatus.FILED : LegalStatus.PUBLISHED);
            if (i % 4 == 1) {
                String digits = String.format("%08d", 18000000 + i);
                filing.setNumber(ApplicationNumber.parse(PatentOffice.EP, digits + "." + ApplicationNumber.epCheckDigit(digits)));
            }
            if (filing.getLegalStatus() == LegalStatus.PUBLISHED) {
                filing.setPublicationNumber("CN" + (110000000 + i) + "A");
                filing.setPublicationDate(filed.plusMonths(18));
            }
            fixtures.save(filing);
            this.all.add(filing.getId());
            if (filing.isPublished()) {
                this.published.add(filing.getId());
            }
        }
    }

    @ParameterizedTest
    @CsvSource({ "newest,anonymous,5", "oldest,anonymous,4", "title,anonymous,3", "number,anonymous,7",
            "newest,admin,5", "title,admin,6", "number,admin,1" })
    void followingNextVisitsEveryVisibleFilingOnceInTheListsOrder(String sort, String caller, int size)
            throws Exception {
        RequestPostProcessor as = this.data.as(caller);
        Set<Long> expected = caller.equals("anonymous") ? this.published : this.all;
        List<Long> walked = new ArrayList<>();
        String next = "/api/v1/filings?sort=" + sort + "&size=" + size;
        int requests = 0;
        while (next != null) {
            String json = this.mvc.perform(get(next).with(as)).andReturn().getResponse().getContentAsString();
            List<Number> ids = JsonPath.read(json, "$.items[*].id");
            ids.forEach(id -> walked.add(id.longValue()));
            assertThat(((Number) JsonPath.read(json, "$.total")).longValue()).isEqualTo(expected.size());
            Map<String, String> links = JsonPath.read(json, "$.links");
            next = links.get("next");
            assertThat(++requests).isLessThan(100);
        }

        assertThat(walked).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(expected);
        assertThat(walked).containsExactlyElementsOf(inPageOrder(sort, as));
    }

    /** The same list asked for by page, all at once: the order the cursor must follow. */
    private List<Long> inPageOrder(String sort, RequestPostProcessor as) throws Exception {
        String json = this.mvc.perform(get("/api/v1/filings?size=100&sort=" + sort).with(as))
            .andReturn()
            .getResponse()
            .getContentAsString();
        List<Number> ids = JsonPath.read(json, "$.items[*].id");
        return ids.stream().map(Number::longValue).toList();
    }

}
