package org.aiip.tracker.system;

import jakarta.servlet.RequestDispatcher;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The error page for each status, as the container's error dispatch asks for it (the attributes it
 * sets), in each language. ErrorPageServerTests brings about the real errors on a real server.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class ErrorPageTests {

    @Autowired
    MockMvc mvc;

    @ParameterizedTest
    @CsvSource({ "400,en,Bad request", "403,en,Not allowed", "404,en,Not found", "405,en,Not possible here",
            "413,en,Too large", "429,en,Too many requests", "500,en,Something went wrong", "413,ko,너무 큼",
            "429,ko,요청이 너무 많음", "500,ko,문제가 발생했습니다", "413,zh,内容过大", "429,zh,请求过多", "500,zh,出错了",
            "503,en,Something went wrong" })
    void everyStatusHasTheTrackersOwnPageInTheVisitorsLanguage(int code, String language, String title)
            throws Exception {
        this.mvc.perform(get("/error").header("Accept", "text/html")
                .header("Accept-Language", language)
                .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, code)
                .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/filings/export.csv")
                .requestAttr(RequestDispatcher.ERROR_EXCEPTION, new IllegalStateException("secret detail")))
            .andExpect(status().is(code))
            .andExpect(content().string(containsString("<h1>" + title + "</h1>")))
            .andExpect(content().string(containsString("<html lang=\"" + language + "\"")))
            .andExpect(content().string(containsString("class=\"navbar")))
            .andExpect(content().string(not(containsString("secret detail"))))
            .andExpect(content().string(not(containsString("IllegalStateException"))));
    }

}
