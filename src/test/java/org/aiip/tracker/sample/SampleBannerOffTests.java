package org.aiip.tracker.sample;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The test profile runs without the sample: nothing synthetic is loaded and no banner shows. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class SampleBannerOffTests {

    @Autowired
    private MockMvc mvc;

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void withTheSampleOffNothingIsLoadedAndNoBannerShows() throws Exception {
        assertThat(this.jdbc.queryForObject("select count(*) from patent_filing where sample = true", Long.class))
            .isZero();
        this.mvc.perform(get("/agreements"))
            .andExpect(status().isOk())
            .andExpect(content().string(not(containsString("sample-banner"))))
            .andExpect(content().string(not(containsString("Sample data:"))));
    }

}
