package org.aiip.tracker.agreement.internal;

import java.util.Locale;

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

import org.aiip.tracker.clause.ClauseService;
import org.aiip.tracker.member.MemberService;
import org.aiip.tracker.system.EditPages;
import org.aiip.tracker.system.NotFoundException;
import org.aiip.tracker.system.PathIds;
import org.aiip.tracker.system.RecordHistory;
import org.aiip.tracker.agreement.AgreementKind;
import org.aiip.tracker.agreement.AgreementService;
import org.aiip.tracker.agreement.CooperationAgreement;
import org.aiip.tracker.agreement.DatePrecision;

/**
 * New agreement and edit for admins, history for admins and editors (SecurityConfig): agreements
 * are public records, so their history is open to everyone who keeps data.
 */
@Controller
class AgreementFormController {

    private static final String FORM = "agreements/form";

    private final AgreementEditService edits;

    private final AgreementService agreements;

    private final MemberService members;

    private final ClauseService clauses;

    private final RecordHistory history;

    AgreementFormController(AgreementEditService edits, AgreementService agreements, MemberService members,
            ClauseService clauses, RecordHistory history) {
        this.edits = edits;
        this.agreements = agreements;
        this.members = members;
        this.clauses = clauses;
        this.history = history;
    }

    @InitBinder("agreementForm")
    void allowOnlyFormFields(WebDataBinder binder) {
        binder.setAllowedFields(AgreementForm.FIELDS);
    }

    @GetMapping("/agreements/new")
    String newAgreement(Model model, Locale locale) {
        model.addAttribute("agreementForm", new AgreementForm());
        return form(model, locale, null);
    }

    @PostMapping("/agreements/new")
    String create(@Valid @ModelAttribute("agreementForm") AgreementForm form, BindingResult result, Model model,
            Locale locale, RedirectAttributes redirect) {
        return EditPages.submit(result, redirect, "agreements.saved",
                () -> "/agreements/" + this.edits.create(form.toCommand()).getId(), null,
                () -> form(model, locale, null));
    }

    @GetMapping("/agreements/{id}/edit")
    String edit(@PathVariable String id, Model model, Locale locale) {
        long agreementId = PathIds.parse(id, "agreement");
        model.addAttribute("agreementForm", this.edits.formFor(agreementId));
        return form(model, locale, agreementId);
    }

    @PostMapping("/agreements/{id}/edit")
    String update(@PathVariable String id, @Valid @ModelAttribute("agreementForm") AgreementForm form,
            BindingResult result, Model model, Locale locale, RedirectAttributes redirect) {
        long agreementId = PathIds.parse(id, "agreement");
        this.edits.forEdit(agreementId);
        return EditPages.submit(result, redirect, "agreements.saved", () -> {
            this.edits.update(agreementId, form.toCommand());
            return "/agreements/" + agreementId;
        }, () -> model.addAttribute("conflict", this.edits.formFor(agreementId)), () -> form(model, locale, agreementId));
    }

    @GetMapping("/agreements/{id}/history")
    String history(@PathVariable String id, Model model) {
        long agreementId = PathIds.parse(id, "agreement");
        CooperationAgreement agreement = this.agreements.byId(agreementId)
            .orElseThrow(() -> new NotFoundException("agreement " + id));
        return EditPages.history(model, this.history.history(AgreementEditService.AUDIT_TYPE, agreementId),
                agreement.getTitle(), "/agreements/" + agreementId, "agreements");
    }

    private String form(Model model, Locale locale, Long id) {
        model.addAttribute("members", this.members.all()
            .stream()
            .map(m -> new Option(String.valueOf(m.getId()), m.name(locale), !m.isActive()))
            .toList());
        model.addAttribute("clauses", this.clauses.all()
            .stream()
            .map(c -> new Option(String.valueOf(c.getNumber()),
                    c.textFor(locale).map(t -> t.getShortTitle()).orElse(""), false))
            .toList());
        model.addAttribute("kinds", AgreementKind.values());
        model.addAttribute("precisions", DatePrecision.values());
        model.addAttribute("agreementId", id);
        return FORM;
    }

    /** A checkbox: its value, its label in the page language, and whether the member has withdrawn. */
    record Option(String value, String label, boolean withdrawn) {
    }

}
