package org.aiip.tracker.asof.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import org.aiip.tracker.clause.Clause;
import org.aiip.tracker.clause.ClauseService;
import org.aiip.tracker.clause.ClauseVersions;
import org.aiip.tracker.filing.FilingDetail;
import org.aiip.tracker.filing.FilingService;
import org.aiip.tracker.filing.FilingVisibility;
import org.aiip.tracker.filing.PatentFiling;
import org.aiip.tracker.member.MemberCompany;
import org.aiip.tracker.member.MemberService;
import org.aiip.tracker.membership.MembershipService;
import org.aiip.tracker.system.NotFoundException;

/**
 * The dashboard, a member, a clause and a filing as the record stood at the end of a day
 * ({@code ?asOf=YYYY-MM-DD}; everyone, public record only). Each page has a banner, a permanent link
 * and a ready citation.
 */
@Controller
class AsOfPagesController {

    private final AsOfPages pages;

    private final AsOfRecord record;

    private final MemberService members;

    private final MembershipService membership;

    private final ClauseService clauses;

    private final ClauseVersions versions;

    private final FilingService filings;

    AsOfPagesController(AsOfPages pages, AsOfRecord record, MemberService members, MembershipService membership,
            ClauseService clauses, ClauseVersions versions, FilingService filings) {
        this.pages = pages;
        this.record = record;
        this.members = members;
        this.membership = membership;
        this.clauses = clauses;
        this.versions = versions;
        this.filings = filings;
    }

    @GetMapping(value = "/", params = "asOf")
    String dashboard(@RequestParam String asOf, Locale locale, HttpServletRequest request, Model model) {
        AsOf day = prepare(asOf, request, model);
        model.addAttribute("dashboard", this.pages.dashboard(day, locale));
        return "asof/dashboard";
    }

    @GetMapping(value = "/members/{slug}", params = "asOf")
    String member(@PathVariable String slug, @RequestParam String asOf, HttpServletRequest request, Model model) {
        MemberCompany member = this.members.bySlug(slug).orElseThrow(() -> new NotFoundException("member " + slug));
        AsOf day = prepare(asOf, request, model);
        model.addAttribute("member", member);
        model.addAttribute("standing", this.membership.standingOn(day.day())
            .stream()
            .filter(s -> s.member().id().equals(member.getId()))
            .findFirst()
            .orElseThrow());
        AsOfPages.MemberFilings filings = this.pages.filingsOf(day, member.getId(), AsOfPages.MEMBER_PAGE_FILINGS);
        model.addAttribute("filings", filings.newest());
        model.addAttribute("filingCount", filings.total());
        model.addAttribute("assessments", this.pages.assessmentsOf(day, member.getId()));
        AsOfRegistries.Records records = this.pages.registries(day);
        model.addAttribute("offers", records.of(AsOfRegistries.Kind.OFFER, member.getId()));
        model.addAttribute("cases", records.of(AsOfRegistries.Kind.CASE, member.getId()));
        model.addAttribute("transfers", records.of(AsOfRegistries.Kind.TRANSFER, member.getId()));
        model.addAttribute("declarations", records.of(AsOfRegistries.Kind.DECLARATION, member.getId()));
        return "asof/member";
    }

    @GetMapping(value = "/clauses/{number}", params = "asOf")
    String clause(@PathVariable String number, @RequestParam String asOf, Locale locale, HttpServletRequest request,
            Model model) {
        Clause clause = parse(number).flatMap(this.clauses::byNumber)
            .orElseThrow(() -> new NotFoundException("clause " + number));
        AsOf day = prepare(asOf, request, model);
        model.addAttribute("number", clause.getNumber());
        model.addAttribute("shown", this.versions.shown(clause.getNumber(), locale, day.day()).orElse(null));
        model.addAttribute("texts", Clause.LANGUAGES.stream()
            .map(lang -> this.versions.inForce(clause.getNumber(), lang, day.day()))
            .flatMap(java.util.Optional::stream)
            .toList());
        model.addAttribute("standings", this.membership.membersOn(day.day()));
        Map<Long, String> statusByMember = new java.util.HashMap<>();
        this.pages.assessmentsOfClause(day, clause.getNumber())
            .forEach(a -> statusByMember.put(a.getMemberId(), a.getStatus()));
        model.addAttribute("statusByMember", statusByMember);
        // The records of this clause's registries (if it has any) as they stood on the day, by kind.
        List<AsOfRegistries.Kind> kinds = java.util.Arrays.stream(AsOfRegistries.Kind.values())
            .filter(k -> k.getClause() == clause.getNumber())
            .toList();
        Map<AsOfRegistries.Kind, List<AsOfRegistries.Item>> registered = new java.util.LinkedHashMap<>();
        if (!kinds.isEmpty()) {
            AsOfRegistries.Records records = this.pages.registries(day);
            kinds.forEach(k -> registered.put(k, records.of(k)));
            Map<Long, MemberCompany> membersById = new java.util.HashMap<>();
            this.members.all().forEach(m -> membersById.put(m.getId(), m));
            model.addAttribute("membersById", membersById);
        }
        model.addAttribute("registered", registered);
        return "asof/clause";
    }

    @GetMapping(value = "/filings/{id}", params = "asOf")
    String filing(@PathVariable String id, @RequestParam String asOf, HttpServletRequest request, Model model) {
        long filingId = parse(id).map(Integer::longValue).orElseThrow(() -> new NotFoundException("filing " + id));
        FilingDetail detail = this.filings.detail(filingId, FilingVisibility.PUBLIC);
        AsOf day = prepare(asOf, request, model);
        PatentFiling filing = detail.filing();
        Map<String, String> today = filing.auditState();
        model.addAttribute("filing", filing);
        model.addAttribute("today", today);
        Map<String, String> fields = this.record.filingFields(day, filing.getId(), today, filing.getCreatedAt())
            .orElse(null);
        // On record but not yet published that day: confidential then, as it would have been to the public.
        boolean confidential = fields != null && !PatentFiling.isPublic(fields.get("publicationNumber"),
                AsOfRecord.date(fields.get("publicationDate")));
        model.addAttribute("notPublicThen", confidential);
        model.addAttribute("fields", confidential ? null : fields);
        return "asof/filing";
    }

    private static AsOf prepare(String asOf, HttpServletRequest request, Model model) {
        AsOf day = AsOf.parse(asOf);
        model.addAttribute("asOfDay", day.day());
        model.addAttribute("asOfValue", day.toString());
        model.addAttribute("citation", Citation.of(request, day.day(), true));
        return day;
    }

    private static java.util.Optional<Integer> parse(String number) {
        try {
            return java.util.Optional.of(Integer.parseInt(number));
        }
        catch (NumberFormatException ex) {
            return java.util.Optional.empty();
        }
    }

}
