package org.aiip.tracker.api.internal;

import java.time.LocalDate;

import jakarta.persistence.EntityManager;

import org.aiip.tracker.Fixtures;
import org.aiip.tracker.account.AccountService;
import org.aiip.tracker.account.TestAccounts;
import org.aiip.tracker.clause.Clause;
import org.aiip.tracker.compliance.ComplianceAssessment;
import org.aiip.tracker.compliance.ComplianceStatus;
import org.aiip.tracker.compliance.EvidenceKind;
import org.aiip.tracker.member.MemberService;

import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Data and callers for the API tests, on the real (H2 or PostgreSQL) test database. */
final class ApiTestData {

    private final EntityManager em;

    private final Fixtures fixtures;

    private final TestAccounts accounts;

    ApiTestData(EntityManager em, AccountService accounts, MemberService members) {
        this.em = em;
        this.fixtures = new Fixtures(em);
        this.accounts = new TestAccounts(accounts, members);
    }

    Fixtures fixtures() {
        return this.fixtures;
    }

    /** Acts as the given caller: {@code anonymous}, {@code admin}, or {@code editor:<member slug>}. */
    RequestPostProcessor as(String caller) {
        if (caller.equals("anonymous")) {
            return request -> request;
        }
        if (caller.equals("admin")) {
            return this.accounts.admin();
        }
        return this.accounts.editor(caller.substring("editor:".length()));
    }

    Clause clause(int number) {
        return this.em.createQuery("select c from Clause c where c.number = :n", Clause.class)
            .setParameter("n", number)
            .getSingleResult();
    }

    /** A saved assessment of the member on the clause with one evidence item. */
    ComplianceAssessment assessment(String memberSlug, int clause, ComplianceStatus status, String evidence) {
        ComplianceAssessment a = new ComplianceAssessment(this.fixtures.member(memberSlug), clause(clause));
        a.setStatus(status);
        a.setSummary(memberSlug + " on clause " + clause);
        a.addEvidence(LocalDate.of(2021, 3, 4), EvidenceKind.POLICY, evidence, "https://example.org/policy");
        this.em.persist(a);
        this.em.flush();
        return a;
    }

}
