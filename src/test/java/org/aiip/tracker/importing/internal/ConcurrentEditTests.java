package org.aiip.tracker.importing.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import org.aiip.tracker.PostgresTestDatabase;
import org.aiip.tracker.account.AccountService;
import org.aiip.tracker.account.TestAccounts;
import org.aiip.tracker.account.TrackerUser;
import org.aiip.tracker.filing.PatentFiling;
import org.aiip.tracker.member.MemberService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Two writers of one filing at the same time, for real: two transactions on two threads, and an
 * import that changes a filing while a person has its edit form open. Committed data, in a
 * database of this class's own.
 */
@SpringBootTest(properties = { "tracker.import.dir=target/concurrent-edit-tests", "tracker.import.wait-millis=10000" })
@AutoConfigureMockMvc
@ActiveProfiles("test")
class ConcurrentEditTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    EntityManager em;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    AccountService accountService;

    @Autowired
    MemberService members;

    /**
     * Both transactions read the filing at the same version (a latch holds each until the other has
     * read), then both change its title. One commits; the other fails on the version and changes
     * nothing: the stored title is the winner's, the version went up by one.
     */
    @Test
    void ofTwoTransactionsThatReadTheSameVersionOnlyOneWrites() throws Exception {
        long id = this.transaction.execute(status -> new org.aiip.tracker.Fixtures(this.em)
            .publishedFiling("baidu", "Before both", java.time.LocalDate.of(2019, 5, 1))
            .getId());
        long version = this.jdbc.queryForObject("select version from patent_filing where id = ?", Long.class, id);
        CountDownLatch bothRead = new CountDownLatch(2);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        List<CompletableFuture<String>> writers = new ArrayList<>();
        try {
            for (String title : List.of("Written by A", "Written by B")) {
                writers.add(CompletableFuture.supplyAsync(() -> {
                    try {
                        this.transaction.executeWithoutResult(status -> {
                            if (!PostgresTestDatabase.active()) {
                                // H2 waits one second for a row lock by default; the other commit may take longer here.
                                this.jdbc.execute("set lock_timeout 20000");
                            }
                            PatentFiling filing = this.em.find(PatentFiling.class, id);
                            assertThat(filing.getVersion()).isEqualTo(version);
                            bothRead.countDown();
                            await().atMost(Duration.ofSeconds(20)).until(() -> bothRead.getCount() == 0);
                            filing.setTitle(title);
                            this.em.flush();
                        });
                        return "saved";
                    }
                    catch (ObjectOptimisticLockingFailureException | jakarta.persistence.OptimisticLockException ex) {
                        // (The entity manager's own exception when flushed directly; Spring's when translated.)
                        return "stale";
                    }
                }, threads));
            }
            CompletableFuture.allOf(writers.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
        }
        finally {
            threads.shutdownNow();
        }
        List<String> outcomes = writers.stream().map(CompletableFuture::join).toList();
        assertThat(outcomes).containsExactlyInAnyOrder("saved", "stale");
        String winner = outcomes.get(0).equals("saved") ? "Written by A" : "Written by B";
        assertThat(this.jdbc.queryForObject("select title from patent_filing where id = ?", String.class, id))
            .isEqualTo(winner);
        assertThat(this.jdbc.queryForObject("select version from patent_filing where id = ?", Long.class, id))
            .isEqualTo(version + 1);
    }

    /**
     * An editor opens a filing's form; meanwhile an import (by an admin) changes the filing. The
     * editor's save then gets the stale-version message beside the form, with what they typed still
     * in it, and the import's change stays.
     */
    @Test
    void anImportThatChangesAFilingWhileItsFormIsOpenMakesTheFormsSaveStale() throws Exception {
        TestAccounts accounts = new TestAccounts(this.accountService, this.members);
        TrackerUser editor = accounts.newEditor("baidu");
        TrackerUser admin = accounts.newAdmin();
        String number = ImportTestFiles.number();
        String first = upload(ImportTestFiles.csv(ImportTestFiles.row(number, "baidu", "Title from the first import")),
                admin);
        confirm(first, "SKIP", admin);
        long id = this.jdbc.queryForObject("select id from patent_filing where title = 'Title from the first import'",
                Long.class);

        // The form as the editor opened it.
        Document form = Jsoup.parse(this.mvc.perform(get("/filings/{id}/edit", id).with(TestAccounts.as(editor)))
            .andReturn().getResponse().getContentAsString());
        String openedVersion = form.selectFirst("input[name=version]").val();

        // Meanwhile: the import updates the filing.
        String second = upload(ImportTestFiles.csv(ImportTestFiles.row(number, "baidu", "Title from the second import")),
                admin);
        confirm(second, "UPDATE", admin);
        assertThat(this.jdbc.queryForObject("select title from patent_filing where id = ?", String.class, id))
            .isEqualTo("Title from the second import");

        // The editor saves the form opened before the import.
        var save = post("/filings/{id}/edit", id).with(csrf()).with(TestAccounts.as(editor));
        String action = "form[action=\"/filings/" + id + "/edit\"] ";
        form.select(action + "input[name], " + action + "select[name], " + action + "textarea[name]")
            .forEach(field -> {
                String name = field.attr("name");
                if (name.equals("_csrf")) {
                    return;
                }
                String value = field.tagName().equals("select")
                        ? field.select("option[selected]").stream().findFirst().map(o -> o.val()).orElse("")
                        : field.tagName().equals("textarea") ? field.text() : field.val();
                if (!field.attr("type").equals("checkbox") || field.hasAttr("checked")) {
                    save.param(name, name.equals("title") ? "The editor's own title" : value);
                }
            });
        assertThat(openedVersion).isNotBlank();
        String answer = this.mvc.perform(save).andReturn().getResponse().getContentAsString();

        assertThat(answer).contains("Someone else saved this filing after you opened it");
        assertThat(Jsoup.parse(answer).selectFirst("input[name=title]").val()).as("the editor's input is kept")
            .isEqualTo("The editor's own title");
        assertThat(this.jdbc.queryForObject("select title from patent_filing where id = ?", String.class, id))
            .as("nothing of the stale form is stored").isEqualTo("Title from the second import");
    }

    private String upload(byte[] content, TrackerUser user) throws Exception {
        String location = this.mvc.perform(multipart("/admin/import")
            .file(new MockMultipartFile("file", "filings.csv", "text/csv", content))
            .with(csrf())
            .with(TestAccounts.as(user))).andReturn().getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/admin/import/");
        String id = location.substring("/admin/import/".length());
        awaitDone(id);
        return id;
    }

    private void confirm(String id, String onMatch, TrackerUser user) throws Exception {
        this.mvc.perform(post("/admin/import/" + id + "/confirm").with(csrf()).with(TestAccounts.as(user))
            .param("mode", "ALL_OR_NOTHING").param("onMatch", onMatch));
        await().atMost(Duration.ofSeconds(60))
            .until(() -> !List.of("READY", "WRITING").contains(this.jdbc.queryForObject(
                    "select state from import_job where public_id = ?", String.class, id)) && !indexing(id));
        assertThat(this.jdbc.queryForObject("select state from import_job where public_id = ?", String.class, id))
            .isEqualTo("DONE");
    }

    /** Whether the job's written filings are still on their way to the search index. */
    private boolean indexing(String id) {
        return "INDEXING".equals(this.jdbc.queryForObject("select index_state from import_job where public_id = ?",
                String.class, id));
    }

    private void awaitDone(String id) {
        await().atMost(Duration.ofSeconds(60))
            .until(() -> !List.of("VALIDATING", "WRITING")
                .contains(this.jdbc.queryForObject("select state from import_job where public_id = ?", String.class, id)));
    }

}
