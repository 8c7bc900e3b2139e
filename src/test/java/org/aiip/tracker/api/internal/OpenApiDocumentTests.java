package org.aiip.tracker.api.internal;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The OpenAPI document at /v3/api-docs describes the API and nothing else. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Transactional
class OpenApiDocumentTests {

    @Autowired
    MockMvc mvc;

    @Test
    void theDocumentListsEveryReadEndpointAndOnlyTheApi() throws Exception {
        this.mvc.perform(get("/v3/api-docs"))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.info.title").value("Initiative Tracker API"))
            .andExpect(jsonPath("$.paths.keys()", hasItems("/api/v1/members", "/api/v1/members/{slug}",
                    "/api/v1/members/{slug}/compliance", "/api/v1/clauses", "/api/v1/clauses/{number}",
                    "/api/v1/clauses/{number}/compliance", "/api/v1/filings", "/api/v1/filings/{id}",
                    "/api/v1/filings/{id}/family", "/api/v1/agreements", "/api/v1/agreements/{id}",
                    "/api/v1/dashboard")))
            .andExpect(jsonPath("$.paths.keys()", everyItem(startsWith("/api/v1/"))))
            .andExpect(jsonPath("$.paths['/api/v1/filings'].get.parameters[*].name",
                    hasItems("member", "office", "status", "area", "year", "ipc", "open", "q", "sort", "page", "size",
                            "cursor")));
    }

    @Test
    void theDocumentDeclaresTheTokenSchemeAndTheProblemAnswers() throws Exception {
        this.mvc.perform(get("/v3/api-docs"))
            .andExpect(jsonPath("$.components.securitySchemes.apiToken.type").value("http"))
            .andExpect(jsonPath("$.components.securitySchemes.apiToken.scheme").value("bearer"))
            .andExpect(jsonPath("$.components.securitySchemes.apiToken.description")
                .value("Personal API token from the account page"))
            .andExpect(jsonPath("$.paths['/api/v1/filings/{id}'].get.responses['404'].content['application/problem+json']"
                    + ".schema.$ref").value("#/components/schemas/Problem"))
            .andExpect(jsonPath("$.paths['/api/v1/filings'].get.responses['400']").exists())
            .andExpect(jsonPath("$.paths['/api/v1/members'].get.responses['429']").exists())
            .andExpect(jsonPath("$.paths['/api/v1/members'].get.responses['404']").doesNotExist())
            .andExpect(jsonPath("$.components.schemas.Problem.properties.errors.type").value("array"));
    }

}
