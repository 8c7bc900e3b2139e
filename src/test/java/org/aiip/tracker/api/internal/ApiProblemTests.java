package org.aiip.tracker.api.internal;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.aiip.tracker.filing.FilingKeyset;
import org.aiip.tracker.filing.FilingSearch;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** API errors are RFC 9457 problem details in the caller's language (ApiServerTests: the pages keep theirs). */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Transactional
class ApiProblemTests {

    static final MediaType PROBLEM = MediaType.APPLICATION_PROBLEM_JSON;

    @Autowired
    MockMvc mvc;

    @ParameterizedTest
    @ValueSource(strings = { "/api/v1/members/nobody", "/api/v1/members/nobody/compliance", "/api/v1/clauses/9",
            "/api/v1/clauses/three", "/api/v1/clauses/9/compliance", "/api/v1/filings/999999999",
            "/api/v1/filings/abc", "/api/v1/filings/999999999/family", "/api/v1/agreements/999999",
            "/api/v1/agreements/x", "/api/v1/no-such-thing" })
    void unknownIdsSlugsAndAddressesAreNotFoundProblems(String path) throws Exception {
        this.mvc.perform(get(path))
            .andExpect(status().isNotFound())
            .andExpect(content().contentTypeCompatibleWith(PROBLEM))
            .andExpect(jsonPath("$.status").value(404))
            .andExpect(jsonPath("$.title").value("Not found"))
            .andExpect(jsonPath("$.instance").value(path));
    }

    @Test
    void badFilterValuesAreListedFieldByField() throws Exception {
        this.mvc.perform(get("/api/v1/filings?office=XX&status=DONE&year=20x1&sort=best&size=500&open=maybe&page=-1"))
            .andExpect(status().isBadRequest())
            .andExpect(content().contentTypeCompatibleWith(PROBLEM))
            .andExpect(jsonPath("$.title").value("Invalid request"))
            .andExpect(jsonPath("$.errors[*].field",
                    containsInAnyOrder("office", "status", "year", "sort", "size", "open", "page")))
            .andExpect(jsonPath("$.errors[?(@.field == 'office')].message",
                    contains("Must be one of: CN, US, EP, JP, KR, WO.")))
            .andExpect(jsonPath("$.errors[?(@.field == 'size')].message",
                    contains("Must be a whole number from 1 to 100.")))
            .andExpect(jsonPath("$.errors[?(@.field == 'sort')].message",
                    contains("Must be one of: newest, oldest, title, number.")));
    }

    @Test
    void anUnknownMemberOrAreaFilterIsRefusedRatherThanIgnored() throws Exception {
        this.mvc.perform(get("/api/v1/filings?member=nobody"))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.errors[0].field").value("member"))
            .andExpect(jsonPath("$.errors[0].message").value("No member has this slug."));
        this.mvc.perform(get("/api/v1/filings?area=NO_SUCH_AREA"))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.errors[0].field").value("area"));
        this.mvc.perform(get("/api/v1/agreements?member=nobody"))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.errors[0].field").value("member"));
    }

    @Test
    void aForgedCursorOrOneOfAnotherOrderIsABadRequest() throws Exception {
        this.mvc.perform(get("/api/v1/filings?cursor=not-a-cursor"))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.errors[0].field").value("cursor"));
        String newest = FilingCursor.encode(FilingSearch.Sort.NEWEST,
                new FilingKeyset(LocalDate.of(2020, 1, 1), null, null, null, 5));
        this.mvc.perform(get("/api/v1/filings?sort=title&cursor=" + newest))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.errors[0].field").value("cursor"));
        this.mvc.perform(get("/api/v1/filings?page=2&cursor=" + newest))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.errors[0].field").value("page"))
            .andExpect(jsonPath("$.errors[0].message").value("Give either page or cursor, not both."));
    }

    @Test
    void anUnknownLanguageIsABadRequest() throws Exception {
        this.mvc.perform(get("/api/v1/clauses?language=fr"))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.errors[0].field").value("language"))
            .andExpect(jsonPath("$.errors[0].message").value("Must be one of: en, ko, zh."));
    }

    @Test
    void problemsSpeakTheCallersLanguage() throws Exception {
        this.mvc.perform(get("/api/v1/filings?size=0").header("Accept-Language", "ko"))
            .andExpect(jsonPath("$.title").value("잘못된 요청"))
            .andExpect(jsonPath("$.errors[0].message").value("1에서 100 사이의 정수여야 합니다."));
        this.mvc.perform(get("/api/v1/filings/0").header("Accept-Language", "zh-CN"))
            .andExpect(jsonPath("$.title").value("未找到"));
        this.mvc.perform(get("/api/v1/filings/0?lang=ko")).andExpect(jsonPath("$.title").value("찾을 수 없음"));
    }

}
