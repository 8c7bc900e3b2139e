package org.aiip.tracker;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.SimpleJdbcInsert;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import org.aiip.tracker.account.AccountService;
import org.aiip.tracker.account.TestAccounts;
import org.aiip.tracker.account.TestTokens;
import org.aiip.tracker.account.TrackerUser;
import org.aiip.tracker.filing.PatentFiling;
import org.aiip.tracker.member.MemberService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Every route the application answers, tried as four people: nobody signed in, an editor of the
 * company the record belongs to (Baidu), an editor of another company (JD.com) and an admin. The
 * routes come from the application's own request mappings ({@link RequestMappingHandlerMapping});
 * what each person must get is the table {@code src/test/resources/route-roles.txt}. A mapping
 * missing from the table fails {@link #everyMappingIsInTheTable()}; a wrong answer fails
 * {@link #eachPersonGetsTheAnswerOfTheTable}. API routes are called with a real personal token.
 * Each request runs in a transaction of its own with fresh records, rolled back afterwards, so that
 * no answer depends on what an earlier request changed.
 */
@SpringBootTest(properties = { "tracker.import.dir=target/route-role-tests" })
@AutoConfigureMockMvc
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RouteRoleTests {

    static final Path TABLE = Path.of("src/test/resources/route-roles.txt");

    enum Viewer {
        ANONYMOUS, OWN_EDITOR, OTHER_EDITOR, ADMIN
    }

    /** One line of the table: a mapping, the request that tries it, and the four expected answers. */
    record Row(int line, String method, String pattern, String example, List<String> expected) {

        String key() {
            return this.method + " " + this.pattern;
        }

        @Override
        public String toString() {
            return this.method + " " + this.example;
        }

    }

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EntityManager em;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    AccountService accounts;

    @Autowired
    MemberService members;

    /** The three people who sign in, made once (this class has a database of its own). */
    final Map<Viewer, TrackerUser> viewers = new java.util.EnumMap<>(Viewer.class);

    @BeforeAll
    void viewers() {
        TestAccounts testAccounts = new TestAccounts(this.accounts, this.members);
        this.viewers.put(Viewer.OWN_EDITOR, testAccounts.newEditor("baidu"));
        this.viewers.put(Viewer.OTHER_EDITOR, testAccounts.newEditor("jd"));
        this.viewers.put(Viewer.ADMIN, testAccounts.newAdmin());
    }

    List<Row> table() throws IOException {
        List<Row> rows = new ArrayList<>();
        List<String> lines = Files.readAllLines(TABLE, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\\s*\\|\\s*");
            assertThat(cells).as("line %d of %s: method | pattern | request | 4 answers", i + 1, TABLE).hasSize(7);
            rows.add(new Row(i + 1, cells[0], cells[1], cells[2], List.of(cells[3], cells[4], cells[5], cells[6])));
        }
        return rows;
    }

    /** "GET /filings/{id}" for every method and pattern of every handler; "*" when any method is accepted. */
    Set<String> mappings() {
        Set<String> keys = new TreeSet<>();
        for (RequestMappingHandlerMapping mapping : this.context.getBeansOfType(RequestMappingHandlerMapping.class)
            .values()) {
            for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
                Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
                for (String pattern : info.getPatternValues()) {
                    if (methods.isEmpty()) {
                        keys.add("* " + pattern);
                    }
                    methods.forEach(method -> keys.add(method.name() + " " + pattern));
                }
            }
        }
        return keys;
    }

    @Test
    void everyMappingIsInTheTable() throws IOException {
        Set<String> mapped = mappings();
        Set<String> listed = new TreeSet<>();
        table().stream().filter(row -> !row.pattern().startsWith("~")).forEach(row -> listed.add(row.key()));
        Set<String> missing = new TreeSet<>(mapped);
        missing.removeAll(listed);
        Set<String> stale = new TreeSet<>(listed);
        stale.removeAll(mapped);
        assertThat(missing).as("request mappings with no line in %s", TABLE).isEmpty();
        assertThat(stale).as("lines of %s that no request mapping has any more", TABLE).isEmpty();
        assertThat(mapped).as("the mappings were read at all").hasSizeGreaterThan(80);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void eachPersonGetsTheAnswerOfTheTable(Row row) {
        List<String> wrong = new ArrayList<>();
        for (Viewer viewer : Viewer.values()) {
            String expected = row.expected().get(viewer.ordinal());
            String actual = answer(row, viewer);
            if (!expected.equals(actual)) {
                wrong.add(viewer + " expected " + expected + " but got " + actual);
            }
        }
        assertThat(wrong).as("line %d of %s: %s %s", row.line(), TABLE, row.method(), row.example()).isEmpty();
    }

    /** Where an admin without a second factor may still go when admins must have one. */
    private static final List<org.springframework.web.util.pattern.PathPattern> SET_UP_ROUTES = Stream
        .of("/account/totp", "/account/totp/**", "/logout", "/error", "/css/**", "/js/**", "/webjars/**")
        .map(new org.springframework.web.util.pattern.PathPatternParser()::parse)
        .toList();

    /**
     * When the admins' setting requires a second factor, an admin without one is sent to set it up
     * on every route (pages, downloads, the actuator on the main port: everything but the set-up
     * itself, signing out, signing in again and static files); on the API the admin's token is
     * refused instead (401), even for reading.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void anAdminWithoutTheRequiredSecondFactorIsSentToSetItUpEverywhere(Row row) {
        String path = row.example().replaceAll("\\?.*", "");
        boolean setUp = SET_UP_ROUTES.stream()
            .anyMatch(pattern -> pattern.matches(org.springframework.http.server.PathContainer.parsePath(path)));
        boolean signIn = row.method().equals("POST") && path.equals("/login");
        String expected = path.startsWith("/api/v1/") ? "401"
                : setUp || signIn ? row.expected().get(Viewer.ADMIN.ordinal()) : "totp";
        String actual = answer(row, Viewer.ADMIN, true);
        assertThat(actual).as("line %d of %s: %s %s as an admin without a second factor", row.line(), TABLE,
                row.method(), row.example()).isEqualTo(expected);
    }

    private String answer(Row row, Viewer viewer) {
        return answer(row, viewer, false);
    }

    /** The answer one person gets, in a transaction of its own that is rolled back. */
    private String answer(Row row, Viewer viewer, boolean totpRequired) {
        TransactionTemplate transaction = new TransactionTemplate(this.transactions);
        return transaction.execute(status -> {
            status.setRollbackOnly();
            if (totpRequired) {
                this.jdbc.update("update app_setting set setting_value = 'true' where setting_key = ?",
                        "totp.required-for-admins");
            }
            try {
                return new Attempt(row, viewer).answer();
            }
            catch (Exception ex) {
                throw new IllegalStateException(ex);
            }
        });
    }

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");

    /** One request of one person, with the records it names made fresh. */
    private final class Attempt {

        private final Row row;

        private final Viewer viewer;

        private final TestAccounts testAccounts = new TestAccounts(RouteRoleTests.this.accounts,
                RouteRoleTests.this.members);

        private final Fixtures fixtures = new Fixtures(RouteRoleTests.this.em);

        private final TrackerUser ownEditor = RouteRoleTests.this.viewers.get(Viewer.OWN_EDITOR);

        private final Map<String, String> values = new HashMap<>();

        private PatentFiling filing;

        private TrackerUser user;

        Attempt(Row row, Viewer viewer) {
            this.row = row;
            this.viewer = viewer;
        }

        String answer() throws Exception {
            String uri = fill(this.row.example());
            HttpMethod method = this.row.method().equals("*") ? HttpMethod.GET : HttpMethod.valueOf(this.row.method());
            MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(method, uri);
            boolean api = uri.startsWith("/api/v1/");
            TrackerUser user = RouteRoleTests.this.viewers.get(this.viewer);
            if (user != null) {
                request.with(api ? TestTokens.bearer(new TestTokens(RouteRoleTests.this.context).create(user))
                        : TestAccounts.as(user));
            }
            if (!api) {
                // As a browser asks: pages first, anything else accepted.
                request.header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
            }
            if (api && (method == HttpMethod.POST || method == HttpMethod.PUT)) {
                request.contentType(MediaType.APPLICATION_JSON).content("{}");
            }
            else if (!api && method != HttpMethod.GET && method != HttpMethod.HEAD) {
                request.with(csrf());
            }
            MockHttpServletResponse response = RouteRoleTests.this.mvc.perform(request).andReturn().getResponse();
            String contentType = response.getContentType();
            if (user != null && !api && response.getStatus() == 200 && contentType != null
                    && contentType.startsWith("text/html")) {
                // Every page a signed-in person gets names them in its navigation.
                String nav = Pages.nav(response.getContentAsString(StandardCharsets.UTF_8));
                if (!nav.contains(user.username()) && !this.row.example().startsWith("/swagger-ui")) {
                    return "200 without " + user.username() + " in the navigation";
                }
            }
            return describe(response);
        }

        private String describe(MockHttpServletResponse response) {
            int status = response.getStatus();
            String location = response.getRedirectedUrl();
            if (status == 302 && location != null) {
                return location.equals("/login") || location.endsWith("//localhost/login") ? "login"
                        : location.startsWith("/account/totp?required") ? "totp" : "302";
            }
            return String.valueOf(status);
        }

        private String fill(String example) {
            Matcher matcher = PLACEHOLDER.matcher(example);
            StringBuilder filled = new StringBuilder();
            while (matcher.find()) {
                matcher.appendReplacement(filled, Matcher.quoteReplacement(value(matcher.group(1))));
            }
            matcher.appendTail(filled);
            return filled.toString();
        }

        private String value(String name) {
            String known = this.values.get(name);
            if (known != null) {
                return known;
            }
            String made = make(name);
            this.values.put(name, made);
            return made;
        }

        private String make(String name) {
            JdbcTemplate jdbc = RouteRoleTests.this.jdbc;
            return switch (name) {
                // Baidu's unpublished application: only Baidu's editors and admins may see it.
                case "filing" -> String.valueOf(filing().getId());
                case "version" -> String.valueOf(filing().getVersion());
                case "published" -> String.valueOf(this.fixtures
                    .publishedFiling("baidu", "Route published", LocalDate.of(2019, 4, 1))
                    .getId());
                case "agreement" -> String.valueOf(jdbc.queryForObject(
                        "select min(id) from cooperation_agreement where title like 'Baidu%Haier%'", Long.class));
                // Another person's account (JD.com's editor), for the admins' account pages.
                case "user" -> String.valueOf(user().id());
                case "token" -> token(this.ownEditor);
                case "userToken" -> token(user());
                case "alias" -> String.valueOf(insert("member_alias",
                        Map.of("member_id", memberId("baidu"), "name", "Baidu Route Test Ltd", "match_key",
                                "BAIDU ROUTE TEST LTD " + UUID.randomUUID(), "kind", "LEGAL_ENTITY", "status",
                                "PROPOSED", "created_at", now(), "version", 0)));
                case "name" -> String.valueOf(insert("applicant_name",
                        Map.of("match_key", "ROUTE TEST APPLICANT " + UUID.randomUUID(), "name",
                                "Route Test Applicant", "decision", "PENDING", "first_seen", now(),
                                "version", 0)));
                case "assessment" -> String.valueOf(assessment());
                case "evidence" -> String.valueOf(insert("evidence",
                        Map.of("assessment_id", assessment(), "evidence_date", LocalDate.of(2020, 5, 1), "kind",
                                "POLICY", "description", "Route test evidence", "sample", false)));
                case "job" -> job();
                // Baidu's licence offer (clause 3), with one kept copy of its text.
                case "licence" -> String.valueOf(licence());
                case "snapshot" -> String.valueOf(insert("licence_snapshot",
                        Map.of("offer_id", licence(), "taken_at", now(), "taken_by", "route-test",
                                "media_type", "text/plain", "size_bytes", 4L, "sha256",
                                "88d4266fd4e6338d13b845fcf289579d209c897823b9217da3e161936f031589", "content",
                                "abcd".getBytes(StandardCharsets.UTF_8))));
                // Clause 4 and 2 registers: a case Baidu is a party to, a transfer of Baidu's published
                // filing, Baidu's standards declaration.
                case "case" -> String.valueOf(litigationCase());
                case "transfer" -> String.valueOf(insert("patent_transfer",
                        Map.of("filing_id", Long.parseLong(value("published")), "from_member_id", memberId("baidu"),
                                "assignee", "Route Outside Ltd", "assertion_entity", false, "transferred_on",
                                LocalDate.of(2022, 5, 10), "source_url", "https://example.org/route", "version", 0,
                                "created_at", now(), "updated_at", now())));
                case "declaration" -> String.valueOf(insert("standards_declaration",
                        Map.of("member_id", memberId("baidu"), "standards_body", "ITU-T", "standard", "Route test",
                                "declared_on", LocalDate.of(2021, 6, 1), "commitment", "FRAND", "source_url",
                                "https://example.org/route", "version", 0, "created_at", now(), "updated_at", now())));
                // An event of Baidu's membership timeline.
                case "membershipEvent" -> String.valueOf(insert("membership_event",
                        Map.of("member_id", memberId("baidu"), "kind", "JOINED", "event_date", LocalDate.of(2020, 4, 20),
                                "source_title", "Route test source", "source_url", "https://example.org/route",
                                "entered_by", "route-test", "entered_at", now())));
                default -> throw new IllegalArgumentException("no fixture named {" + name + "} in " + TABLE);
            };
        }

        private TrackerUser user() {
            if (this.user == null) {
                this.user = this.testAccounts.newEditor("jd");
            }
            return this.user;
        }

        private PatentFiling filing() {
            if (this.filing == null) {
                this.filing = this.fixtures.unpublishedFiling("baidu", "Route unpublished", LocalDate.of(2019, 3, 1));
            }
            return this.filing;
        }

        private long memberId(String slug) {
            return RouteRoleTests.this.members.bySlug(slug).orElseThrow().getId();
        }

        private String token(TrackerUser user) {
            new TestTokens(RouteRoleTests.this.context).create(user);
            return String.valueOf(RouteRoleTests.this.jdbc
                .queryForObject("select max(id) from api_token where account_id = ?", Long.class, user.id()));
        }

        /** Baidu's licence offer, made once per attempt. */
        private long licence() {
            return Long.parseLong(this.values.computeIfAbsent("licence#",
                    key -> String.valueOf(insert("licence_offer",
                            Map.of("member_id", memberId("baidu"), "title", "Route test offer", "terms", "ROYALTY_FREE",
                                    "licensees", "Anyone", "offered_from", LocalDate.of(2020, 4, 20), "version", 0,
                                    "created_at", now(), "updated_at", now())))));
        }

        /** A case with Baidu among its parties. */
        private long litigationCase() {
            long id = insert("litigation_case", Map.of("case_number", "Route 1", "title", "Route test case", "forum",
                    "Route court", "forum_kind", "COURT", "filed_on", LocalDate.of(2021, 3, 1), "outcome", "PENDING",
                    "source_url", "https://example.org/route", "version", 0, "created_at", now(), "updated_at", now()));
            RouteRoleTests.this.jdbc.update("insert into litigation_case_party (case_id, position, side, member_id,"
                    + " assertion_entity) values (?, 0, 'RESPONDENT', ?, false)", id, memberId("baidu"));
            return id;
        }

        private static java.sql.Timestamp now() {
            return java.sql.Timestamp.from(java.time.Instant.now());
        }

        /** Baidu's assessment of clause 3. */
        private long assessment() {
            return Long.parseLong(this.values.computeIfAbsent("assessment#",
                    key -> String.valueOf(insert("compliance_assessment",
                            Map.of("member_id", memberId("baidu"), "clause_id",
                                    RouteRoleTests.this.jdbc.queryForObject(
                                            "select id from clause where number = 3", Long.class),
                                    "status", "PLANNED", "summary", "Route test plan", "sample", false, "version", 0,
                                    "updated_at", now())))));
        }

        /**
         * A finished import of Baidu's editor, with its error report. Import jobs are read and changed
         * in transactions of their own, so this one is committed (in this class's own database).
         */
        private String job() {
            String publicId = UUID.randomUUID().toString();
            try {
                Path report = Files.createDirectories(Path.of("target", "route-role-tests"))
                    .resolve(publicId + "-errors.csv");
                Files.writeString(report, "row,column,problem\r\n");
                Map<String, Object> columns = new HashMap<>();
                columns.put("public_id", publicId);
                columns.put("owner", this.ownEditor.username());
                columns.put("owner_member_id", memberId("baidu"));
                columns.put("locale", "en");
                columns.put("file_name", "filings.csv");
                columns.put("file_path", report.getParent().resolve(publicId + ".csv").toString());
                columns.put("file_size", 100L);
                columns.put("state", "DONE");
                columns.put("error_report_path", report.toString());
                columns.put("created_at", now());
                columns.put("finished_at", now());
                TransactionTemplate own = new TransactionTemplate(RouteRoleTests.this.transactions);
                own.setPropagationBehavior(TransactionTemplate.PROPAGATION_REQUIRES_NEW);
                own.executeWithoutResult(status -> insert("import_job", columns));
                return publicId;
            }
            catch (IOException ex) {
                throw new IllegalStateException(ex);
            }
        }

        private long insert(String table, Map<String, Object> columns) {
            return new SimpleJdbcInsert(RouteRoleTests.this.jdbc).withTableName(table)
                .usingColumns(columns.keySet().toArray(String[]::new))
                .usingGeneratedKeyColumns("id")
                .executeAndReturnKey(columns)
                .longValue();
        }

    }

}
