package org.aiip.tracker.litigation.internal;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.aiip.tracker.member.MemberService;
import org.aiip.tracker.registry.RegistryCsv;
import org.aiip.tracker.system.EditPages;
import org.aiip.tracker.system.NotFoundException;
import org.aiip.tracker.system.PathIds;
import org.aiip.tracker.litigation.CaseForm;
import org.aiip.tracker.litigation.CaseOutcome;
import org.aiip.tracker.litigation.CaseService;
import org.aiip.tracker.litigation.CaseView;
import org.aiip.tracker.litigation.ForumKind;
import org.aiip.tracker.litigation.PartySide;

/**
 * The litigation log: public list, case page and CSV; the case form and history for admins and editors
 * (SecurityConfig), editors for the cases of their own company ({@link CaseService}).
 */
@Controller
class CaseController {

    private static final String FORM = "litigation/form";

    static final List<String> CSV_HEADER = List.of("id", "case_number", "title", "forum", "forum_kind", "filed_on",
            "decided_on", "outcome", "outcome_note", "member_parties", "other_parties", "assertion_entities",
            "patents", "source_url", "page");

    private final CaseService cases;

    private final MemberService members;

    CaseController(CaseService cases, MemberService members) {
        this.cases = cases;
        this.members = members;
    }

    @InitBinder("caseForm")
    void allowOnlyFormFields(WebDataBinder binder) {
        binder.setAllowedFields(CaseForm.FIELDS);
    }

    @GetMapping("/litigation")
    String list(Model model) {
        model.addAttribute("cases", this.cases.all());
        return "litigation/list";
    }

    @GetMapping("/litigation/{id}")
    String detail(@PathVariable String id, Model model) {
        long caseId = PathIds.parse(id, "case");
        model.addAttribute("c", this.cases.byId(caseId).orElseThrow(() -> new NotFoundException("case " + id)));
        model.addAttribute("mayEdit", this.cases.mayEdit(caseId));
        return "litigation/detail";
    }

    @GetMapping("/litigation.csv")
    void csv(HttpServletResponse response) throws IOException {
        RegistryCsv.write(response, "litigation.csv", CSV_HEADER, this.cases.all().stream().map(CaseController::row)
            .toList());
    }

    static List<String> row(CaseView c) {
        return List.of(String.valueOf(c.id()), c.caseNumber(), c.title(), c.forum(), c.forumKind().name(),
                c.filedOn().toString(), RegistryCsv.text(c.decidedOn()), c.outcome().name(),
                RegistryCsv.text(c.outcomeNote()),
                c.parties().stream().filter(p -> p.member() != null)
                    .map(p -> p.member().getSlug() + " (" + p.side() + ")").collect(Collectors.joining("; ")),
                c.parties().stream().filter(p -> p.member() == null)
                    .map(p -> p.name() + " (" + p.side() + ")").collect(Collectors.joining("; ")),
                c.parties().stream().filter(CaseView.Party::assertionEntity)
                    .map(p -> p.displayName(Locale.ENGLISH)).collect(Collectors.joining("; ")),
                c.patents().stream().map(CaseView.Patent::number).collect(Collectors.joining("; ")), c.sourceUrl(),
                "/litigation/" + c.id());
    }

    @GetMapping("/litigation/new")
    String newCase(Model model, Locale locale) {
        model.addAttribute("caseForm", CaseForm.blank());
        return form(model, locale, null);
    }

    @PostMapping("/litigation/new")
    String create(@Valid @ModelAttribute("caseForm") CaseForm form, BindingResult result, Model model, Locale locale,
            RedirectAttributes redirect) {
        return EditPages.submit(result, redirect, "litigation.saved",
                () -> "/litigation/" + this.cases.create(form.toCommand()).getId(), null,
                () -> form(model, locale, form, null));
    }

    @GetMapping("/litigation/{id}/edit")
    String edit(@PathVariable String id, Model model, Locale locale) {
        long caseId = PathIds.parse(id, "case");
        model.addAttribute("caseForm", this.cases.formFor(caseId));
        return form(model, locale, caseId);
    }

    @PostMapping("/litigation/{id}/edit")
    String update(@PathVariable String id, @Valid @ModelAttribute("caseForm") CaseForm form, BindingResult result,
            Model model, Locale locale, RedirectAttributes redirect) {
        long caseId = PathIds.parse(id, "case");
        this.cases.formFor(caseId);
        return EditPages.submit(result, redirect, "litigation.saved", () -> {
            this.cases.update(caseId, form.toCommand());
            return "/litigation/" + caseId;
        }, () -> {
            model.addAttribute("conflict", true);
            form.setVersion(this.cases.formFor(caseId).getVersion());
        }, () -> form(model, locale, form, caseId));
    }

    @GetMapping("/litigation/{id}/history")
    String history(@PathVariable String id, Model model) {
        long caseId = PathIds.parse(id, "case");
        return EditPages.history(model, this.cases.history(caseId),
                this.cases.byId(caseId).map(c -> c.caseNumber() + " " + c.title()).orElse(""), "/litigation/" + caseId,
                "litigation");
    }

    /** The form again after a submit, with its blank party rows back. */
    private String form(Model model, Locale locale, CaseForm form, Long id) {
        form.padParties();
        return form(model, locale, id);
    }

    private String form(Model model, Locale locale, Long id) {
        model.addAttribute("members", this.members.all().stream()
            .map(m -> new Choice(String.valueOf(m.getId()), m.name(locale))).toList());
        model.addAttribute("forumKinds", ForumKind.values());
        model.addAttribute("outcomes", CaseOutcome.values());
        model.addAttribute("sides", PartySide.values());
        model.addAttribute("caseId", id);
        return FORM;
    }

    /** A member in the party list. */
    record Choice(String value, String label) {
    }

}
