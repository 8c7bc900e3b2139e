package org.aiip.tracker.filing;

import java.time.LocalDate;

import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Transactional;

import org.aiip.tracker.account.AccountService;
import org.aiip.tracker.account.TestAccounts;
import org.aiip.tracker.account.TrackerUser;
import org.aiip.tracker.member.MemberService;

import static org.assertj.core.api.Assertions.assertThat;

/** The pre-computed counts stay equal to a fresh count of the filings through every kind of write. */
@SpringBootTest
@ActiveProfiles("test")
@Transactional
class FilingCountsTests {

    @Autowired
    FilingEditService edits;

    @Autowired
    FilingStatistics statistics;

    @Autowired
    MemberService members;

    @Autowired
    AccountService accounts;

    @Autowired
    EntityManager em;

    @Autowired
    FilingCounts counts;

    @BeforeEach
    void signInAsAdmin() {
        TrackerUser admin = new TestAccounts(this.accounts, this.members).newAdmin();
        SecurityContextHolder.getContext()
            .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(admin, null, admin.getAuthorities()));
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void countsFollowCreateUpdateAndWithdraw() {
        Long baidu = this.members.bySlug("baidu").orElseThrow().getId();
        PatentFiling filing = this.edits.create(data(baidu, LegalStatus.FILED, null, null));
        assertCountsMatchTheFilings();
        assertThat(this.statistics.totals(FilingVisibility.PUBLIC).total()).isZero();
        assertThat(this.statistics.totals(FilingVisibility.ALL).pending()).isEqualTo(1);

        this.edits.update(filing.getId(), filing.getVersion(),
                data(baidu, LegalStatus.PUBLISHED, "CN110000001A", LocalDate.of(2020, 9, 1)));
        assertCountsMatchTheFilings();
        assertThat(this.statistics.totals(FilingVisibility.PUBLIC).total()).isEqualTo(1);

        this.edits.withdraw(filing.getId(), filing.getVersion(), "No longer pursued");
        assertCountsMatchTheFilings();
        assertThat(this.statistics.byStatus(FilingVisibility.PUBLIC))
            .containsExactly(new FilingStatistics.StatusCount(LegalStatus.WITHDRAWN, 1));
    }

    @Test
    void aStartRecountsOnlyAfterABulkLoadThatStoppedBeforeItsRecount() {
        Long baidu = this.members.bySlug("baidu").orElseThrow().getId();
        this.edits.create(data(baidu, LegalStatus.FILED, null, null));
        this.em.flush();
        // A bulk load (the generator) marks the counts before committing its first part, then stops midway.
        this.counts.recountAtNextStart();
        this.em.createNativeQuery("delete from filing_count").executeUpdate();
        assertThat(recountNeeded()).isTrue();

        this.counts.checkAtStartUp();
        assertCountsMatchTheFilings();
        assertThat(recountNeeded()).isFalse();

        // Without the mark a start reads one row and leaves the counts as the writes keep them.
        this.em.createNativeQuery("update filing_count set filings = filings + 1").executeUpdate();
        long before = counted();
        this.counts.checkAtStartUp();
        assertThat(counted()).isEqualTo(before).isGreaterThan(filings());
    }

    private long counted() {
        return ((Number) this.em.createNativeQuery("select coalesce(sum(filings), 0) from filing_count")
            .getSingleResult()).longValue();
    }

    private long filings() {
        return this.em.createQuery("select count(f) from PatentFiling f", Long.class).getSingleResult();
    }

    private boolean recountNeeded() {
        return (Boolean) this.em.createNativeQuery("select recount_needed from filing_count_state where id = 1")
            .getSingleResult();
    }

    private void assertCountsMatchTheFilings() {
        this.em.flush();
        long counted = this.em.createQuery("select coalesce(sum(c.filings), 0) from FilingCountRow c", Long.class)
            .getSingleResult();
        long filings = this.em.createQuery("select count(f) from PatentFiling f", Long.class).getSingleResult();
        assertThat(counted).isEqualTo(filings);
        assertThat(this.statistics.totals(FilingVisibility.ALL).total()).isEqualTo(filings);
    }

    private static FilingData data(Long applicant, LegalStatus status, String publicationNumber, LocalDate published) {
        return new FilingData(PatentOffice.CN, "201910123456.X", applicant, "Counting test", null,
                LocalDate.of(2019, 3, 1), null, publicationNumber, published, null, null, status, "DEEP_LEARNING",
                "G06N 3/08", false, null, null);
    }

}
