package org.aiip.tracker.sample.internal;

import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.EntityManager;

import org.aiip.tracker.agreement.AgreementKind;
import org.aiip.tracker.agreement.CooperationAgreement;
import org.aiip.tracker.agreement.DatePrecision;
import org.aiip.tracker.clause.ClauseService;
import org.aiip.tracker.member.MemberService;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Two synthetic cooperation agreements between members. Runs inside the caller's transaction. */
@Component
class SampleAgreements {

    private final MemberService members;

    private final ClauseService clauses;

    private final EntityManager em;

    private final JdbcTemplate jdbc;

    SampleAgreements(MemberService members, ClauseService clauses, EntityManager em, JdbcTemplate jdbc) {
        this.members = members;
        this.clauses = clauses;
        this.em = em;
        this.jdbc = jdbc;
    }

    /**
     * Adds the sample agreements unless sample agreements exist already.
     *
     * @return the number of agreements added
     */
    int load() {
        if (this.jdbc.queryForObject("select count(*) from cooperation_agreement where sample = true",
                Long.class) > 0) {
            return 0;
        }
        this.em.persist(agreement("JD.com–Haier joint development of AI for appliance logistics",
                LocalDate.of(2020, 9, 15), DatePrecision.DAY, AgreementKind.JOINT_DEVELOPMENT,
                "Synthetic sample: the two members develop computer vision and IoT technology for delivering and "
                        + "installing appliances together and share the resulting patents.",
                List.of("jd", "haier"), List.of(1, 3), List.of("Computer vision", "IoT")));
        this.em.persist(agreement("Members' open AI patent licensing pool", LocalDate.of(2020, 11, 1),
                DatePrecision.MONTH, AgreementKind.PATENT_POOL,
                "Synthetic sample: the three named members place selected AI patents in a pool open to licensing "
                        + "on request, and agree to settle disputes over pooled patents by mediation first.",
                List.of("baidu", "jd", "haier"), List.of(3, 4, 8), List.of("Deep learning", "Speech recognition", "IoT")));
        return 2;
    }

    private CooperationAgreement agreement(String title, LocalDate signed, DatePrecision precision, AgreementKind kind,
            String description, List<String> parties, List<Integer> clauseNumbers, List<String> fields) {
        CooperationAgreement agreement = new CooperationAgreement(title, signed, precision, kind);
        agreement.markSample();
        agreement.setDescription(description);
        parties.forEach(slug -> agreement.getParties().add(this.members.bySlug(slug).orElseThrow()));
        clauseNumbers.forEach(n -> agreement.getRelatedClauses().add(this.clauses.byNumber(n).orElseThrow()));
        agreement.getTechnologyFields().addAll(fields);
        return agreement;
    }

}
