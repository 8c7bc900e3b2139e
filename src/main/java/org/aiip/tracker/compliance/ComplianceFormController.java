package org.aiip.tracker.compliance;

import java.util.Locale;

import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
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

import org.aiip.tracker.clause.ClauseTextView;
import org.aiip.tracker.system.StaleVersionException;

/**
 * The assessment page of one member on one clause: the assessment form, its evidence (add,
 * remove), the admins' review button and the history. Who may reach which assessment is decided
 * by {@link ComplianceEditService}; the routes' roles are in SecurityConfig.
 */
@Controller
class ComplianceFormController {

    private static final String PAGE = "/compliance/{memberSlug}/{clauseNumber:\\d+}";

    private static final String VIEW = "compliance/form";

    private final ComplianceEditService edits;

    private final MessageSource messages;

    ComplianceFormController(ComplianceEditService edits, MessageSource messages) {
        this.edits = edits;
        this.messages = messages;
    }

    @InitBinder("complianceForm")
    void allowOnlyAssessmentFields(WebDataBinder binder) {
        binder.setAllowedFields(ComplianceForm.FIELDS);
    }

    @InitBinder("evidenceForm")
    void allowOnlyEvidenceFields(WebDataBinder binder) {
        binder.setAllowedFields(EvidenceForm.FIELDS);
    }

    @GetMapping(PAGE)
    String show(@PathVariable String memberSlug, @PathVariable int clauseNumber, Model model,
            Locale locale) {
        AssessmentEdit edit = this.edits.forEdit(memberSlug, clauseNumber);
        model.addAttribute("complianceForm", ComplianceForm.from(edit.assessment()));
        model.addAttribute("evidenceForm", new EvidenceForm());
        return page(model, edit, locale);
    }

    @PostMapping(PAGE)
    String save(@PathVariable String memberSlug, @PathVariable int clauseNumber,
            @Valid @ModelAttribute("complianceForm") ComplianceForm form, BindingResult result, Model model,
            Locale locale, RedirectAttributes redirect) {
        AssessmentEdit edit = this.edits.forEdit(memberSlug, clauseNumber);
        model.addAttribute("evidenceForm", new EvidenceForm());
        if (result.hasErrors()) {
            return page(model, edit, locale);
        }
        try {
            this.edits.save(memberSlug, clauseNumber, form.getVersion(), form.getStatus(), form.getSummary());
            return saved(redirect, "compliance.saved", edit);
        }
        catch (StaleVersionException ex) {
            return conflict(model, form, ex.current(ComplianceAssessment.class), edit, locale);
        }
        catch (ObjectOptimisticLockingFailureException | DataIntegrityViolationException ex) {
            // Saved by someone else between our read and our write (or created at the same moment).
            AssessmentEdit now = this.edits.forEdit(memberSlug, clauseNumber);
            return conflict(model, form, now.assessment(), now, locale);
        }
    }

    @PostMapping(PAGE + "/evidence")
    String addEvidence(@PathVariable String memberSlug, @PathVariable int clauseNumber,
            @Valid @ModelAttribute("evidenceForm") EvidenceForm form, BindingResult result, Model model,
            Locale locale, RedirectAttributes redirect) {
        AssessmentEdit edit = this.edits.forEdit(memberSlug, clauseNumber);
        model.addAttribute("complianceForm", ComplianceForm.from(edit.assessment()));
        if (result.hasErrors()) {
            return page(model, edit, locale);
        }
        try {
            this.edits.addEvidence(memberSlug, clauseNumber, form);
            return saved(redirect, "compliance.evidence.added", edit);
        }
        catch (ObjectOptimisticLockingFailureException | DataIntegrityViolationException ex) {
            AssessmentEdit now = this.edits.forEdit(memberSlug, clauseNumber);
            model.addAttribute("complianceForm", ComplianceForm.from(now.assessment()));
            model.addAttribute("evidenceConflict", true);
            return page(model, now, locale);
        }
    }

    @PostMapping(PAGE + "/evidence/{evidenceId:\\d+}/remove")
    String removeEvidence(@PathVariable String memberSlug, @PathVariable int clauseNumber,
            @PathVariable Long evidenceId, RedirectAttributes redirect) {
        AssessmentEdit edit = this.edits.forEdit(memberSlug, clauseNumber);
        this.edits.removeEvidence(memberSlug, clauseNumber, evidenceId);
        return saved(redirect, "compliance.evidence.removed", edit);
    }

    @PostMapping("/compliance/{assessmentId:\\d+}/review")
    String review(@PathVariable Long assessmentId, RedirectAttributes redirect) {
        ComplianceAssessment assessment = this.edits.review(assessmentId);
        redirect.addFlashAttribute("flash", "compliance.reviewed");
        return "redirect:/compliance/" + assessment.getMember().getSlug() + "/" + assessment.getClause().getNumber();
    }

    @GetMapping(PAGE + "/history")
    String history(@PathVariable String memberSlug, @PathVariable int clauseNumber, Model model, Locale locale) {
        AssessmentEdit edit = this.edits.forEdit(memberSlug, clauseNumber);
        model.addAttribute("entries", this.edits.history(edit));
        model.addAttribute("recordName", recordName(edit, locale));
        model.addAttribute("backLink", address(edit));
        model.addAttribute("menu", "members");
        return "audit/history";
    }

    private static String saved(RedirectAttributes redirect, String message, AssessmentEdit edit) {
        redirect.addFlashAttribute("flash", message);
        return "redirect:" + address(edit);
    }

    /** Shows the stored values beside the user's input, which is kept; saving again replaces them. */
    private String conflict(Model model, ComplianceForm form, ComplianceAssessment current, AssessmentEdit edit,
            Locale locale) {
        model.addAttribute("conflict", AssessmentView.of(current));
        form.setVersion(current == null ? null : current.getVersion());
        return page(model, edit, locale);
    }

    private String page(Model model, AssessmentEdit edit, Locale locale) {
        model.addAttribute("edit", AssessmentPage.of(edit));
        model.addAttribute("recordName", recordName(edit, locale));
        model.addAttribute("clauseText", edit.clause().textFor(locale).map(ClauseTextView::of).orElse(null));
        model.addAttribute("statuses", ComplianceStatus.values());
        model.addAttribute("kinds", EvidenceKind.values());
        return VIEW;
    }

    private String recordName(AssessmentEdit edit, Locale locale) {
        return this.messages.getMessage("compliance.recordName",
                new Object[] { edit.member().name(locale), edit.clause().getNumber() }, locale);
    }

    private static String address(AssessmentEdit edit) {
        return "/compliance/" + edit.member().getSlug() + "/" + edit.clause().getNumber();
    }

}
