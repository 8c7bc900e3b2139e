package org.aiip.tracker.sample.internal;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import jakarta.persistence.EntityManager;

import org.aiip.tracker.clause.Clause;
import org.aiip.tracker.clause.ClauseService;
import org.aiip.tracker.compliance.ComplianceAssessment;
import org.aiip.tracker.compliance.ComplianceStatus;
import org.aiip.tracker.compliance.EvidenceKind;
import org.aiip.tracker.member.MemberCompany;
import org.aiip.tracker.member.MemberService;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import static org.aiip.tracker.compliance.ComplianceStatus.IMPLEMENTED;
import static org.aiip.tracker.compliance.ComplianceStatus.IN_PROGRESS;
import static org.aiip.tracker.compliance.ComplianceStatus.NOT_STARTED;
import static org.aiip.tracker.compliance.ComplianceStatus.PLANNED;

/**
 * Synthetic compliance assessments: one per member and clause, with one to three evidence items.
 * Baidu, the lead company, is furthest along. Runs inside the caller's transaction.
 */
@Component
class SampleAssessments {

    static final String REVIEWER = "Secretariat (sample)";

    // Clause 1 to 8, per member.
    private static final Map<String, List<ComplianceStatus>> STATUSES = Map.of(
            "baidu", List.of(IMPLEMENTED, IMPLEMENTED, IMPLEMENTED, IN_PROGRESS, IN_PROGRESS, IMPLEMENTED, IN_PROGRESS, IN_PROGRESS),
            "jd", List.of(IN_PROGRESS, PLANNED, IN_PROGRESS, PLANNED, NOT_STARTED, IMPLEMENTED, PLANNED, NOT_STARTED),
            "haier", List.of(IN_PROGRESS, IN_PROGRESS, IN_PROGRESS, PLANNED, NOT_STARTED, IN_PROGRESS, NOT_STARTED, PLANNED));

    // What a member does to meet each clause, as the end of "has started to ...".
    private static final List<String> ACTIONS = List.of("set up an IP protection strategy for its AI business",
            "take part in setting AI patent standards", "offer AI patents under open licences",
            "adopt measures against malicious AI patent litigation", "support research on AI IP law",
            "protect data security and privacy in its AI products", "manage the IP risks of open-source AI software",
            "join international exchange on AI IP protection");

    private static final List<Evidence> EVIDENCE = List.of(
            new Evidence(EvidenceKind.POLICY, "Internal AI IP protection policy adopted", EvidenceKind.PUBLICATION,
                    "Annual IP report describes the AI patent strategy"),
            new Evidence(EvidenceKind.STANDARD_CONTRIBUTION, "Contribution to a draft AI patent standard",
                    EvidenceKind.EVENT, "Joined a standards working group meeting on AI patents"),
            new Evidence(EvidenceKind.AGREEMENT, "Open licence offer for a batch of AI patents",
                    EvidenceKind.PATENT_FILING, "Patents listed in the initiative's open licensing pool"),
            new Evidence(EvidenceKind.POLICY, "Statement on patent assertion practice", EvidenceKind.EVENT,
                    "Panel on abusive patent litigation at an industry forum"),
            new Evidence(EvidenceKind.PUBLICATION, "Research paper on AI inventorship and patentability",
                    EvidenceKind.EVENT, "Workshop with university law faculties on AI and IP"),
            new Evidence(EvidenceKind.POLICY, "Data security and privacy policy for AI products",
                    EvidenceKind.PUBLICATION, "Privacy impact report for a voice assistant"),
            new Evidence(EvidenceKind.PUBLICATION, "Open-source compliance guideline for AI projects",
                    EvidenceKind.POLICY, "Licence review step added to the release process"),
            new Evidence(EvidenceKind.EVENT, "Participation in an international AI IP forum",
                    EvidenceKind.AGREEMENT, "Memorandum on IP exchange with a foreign research institute"));

    private final MemberService members;

    private final ClauseService clauses;

    private final EntityManager em;

    private final JdbcTemplate jdbc;

    SampleAssessments(MemberService members, ClauseService clauses, EntityManager em, JdbcTemplate jdbc) {
        this.members = members;
        this.clauses = clauses;
        this.em = em;
        this.jdbc = jdbc;
    }

    /**
     * Adds an assessment for each named member and clause that has none yet.
     *
     * @return the number of assessments added
     */
    int load(long seed) {
        Random random = new Random(seed);
        Set<String> existing = new HashSet<>(this.jdbc.queryForList(
                "select concat(member_id, '/', clause_id) from compliance_assessment", String.class));
        int added = 0;
        for (String slug : List.of("baidu", "jd", "haier")) {
            MemberCompany member = this.members.bySlug(slug).orElseThrow();
            for (Clause clause : this.clauses.all()) {
                if (existing.add(member.getId() + "/" + clause.getId())) {
                    this.em.persist(assessment(member, clause, random));
                    added++;
                }
            }
        }
        return added;
    }

    private ComplianceAssessment assessment(MemberCompany member, Clause clause, Random random) {
        int n = clause.getNumber();
        ComplianceStatus status = STATUSES.get(member.getSlug()).get(n - 1);
        ComplianceAssessment assessment = new ComplianceAssessment(member, clause);
        assessment.markSample(); // before the evidence, which takes the flag from its assessment
        assessment.setStatus(status);
        assessment.setSummary(summary(member.getNameEn(), status, ACTIONS.get(n - 1)));
        LocalDate latest = LocalDate.of(2020, 1, 1);
        int items = switch (status) {
            case IMPLEMENTED -> 3;
            case IN_PROGRESS -> 2;
            default -> 1;
        };
        for (int i = 1; i <= items; i++) {
            LocalDate date = LocalDate.of(2020, 1, 1).plusDays(random.nextInt(700));
            latest = date.isAfter(latest) ? date : latest;
            String link = random.nextBoolean()
                    ? "https://example.org/sample/" + member.getSlug() + "/clause-" + n + "/" + i : null;
            if (status == NOT_STARTED) {
                assessment.addEvidence(date, EvidenceKind.OTHER,
                        "Secretariat review: no measure reported yet (sample)", null);
            }
            else {
                Evidence e = EVIDENCE.get(n - 1);
                boolean first = i % 2 == 1;
                assessment.addEvidence(date, first ? e.kind() : e.otherKind(),
                        (first ? e.description() : e.otherDescription()) + " (sample)", link);
            }
        }
        assessment.markReviewed(REVIEWER, latest.plusDays(14 + random.nextInt(60)));
        return assessment;
    }

    private static String summary(String member, ComplianceStatus status, String action) {
        return switch (status) {
            case IMPLEMENTED -> member + " has taken concrete steps to " + action
                    + "; the secretariat considers the clause implemented.";
            case IN_PROGRESS -> member + " has started to " + action + "; the work is under way.";
            case PLANNED -> member + " has announced that it will " + action + ".";
            case NOT_STARTED -> member + " has not yet reported any step to " + action + ".";
        } + " (Synthetic sample.)";
    }

    private record Evidence(EvidenceKind kind, String description, EvidenceKind otherKind, String otherDescription) {
    }

}
