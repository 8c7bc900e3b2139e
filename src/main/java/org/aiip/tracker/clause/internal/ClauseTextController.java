package org.aiip.tracker.clause.internal;

import java.util.List;

import jakarta.validation.Valid;

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

import org.aiip.tracker.system.RecordHistory;
import org.aiip.tracker.system.StaleVersionException;
import org.aiip.tracker.clause.Clause;
import org.aiip.tracker.clause.ClauseText;

/**
 * The admins' form for one language version of a clause, and the history of a clause's texts
 * (admins only: SecurityConfig's /clauses/{n}/texts/** rule).
 */
@Controller
class ClauseTextController {

    private static final String FORM = "clauses/text-form";

    private final ClauseEditService edits;

    private final RecordHistory history;

    ClauseTextController(ClauseEditService edits, RecordHistory history) {
        this.edits = edits;
        this.history = history;
    }

    @InitBinder("clauseTextForm")
    void allowOnlyFormFields(WebDataBinder binder) {
        binder.setAllowedFields(ClauseTextForm.FIELDS);
    }

    @GetMapping("/clauses/{number}/texts/history")
    String history(@PathVariable String number, Model model) {
        Clause clause = this.edits.forEdit(number);
        model.addAttribute("entries", this.history.history(ClauseEditService.AUDIT_TYPE, clause.getId()));
        model.addAttribute("recordName", "Clause " + clause.getNumber());
        model.addAttribute("backLink", "/clauses/" + clause.getNumber());
        model.addAttribute("menu", "clauses");
        return "audit/history";
    }

    @GetMapping("/clauses/{number}/texts/{lang}")
    String form(@PathVariable String number, @PathVariable String lang, Model model) {
        Clause clause = this.edits.forEdit(number);
        model.addAttribute("clauseTextForm",
                clause.text(ClauseEditService.language(lang)).map(ClauseTextForm::from).orElseGet(ClauseTextForm::new));
        return form(model, clause, lang);
    }

    @PostMapping("/clauses/{number}/texts/{lang}")
    String save(@PathVariable String number, @PathVariable String lang,
            @Valid @ModelAttribute("clauseTextForm") ClauseTextForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        Clause clause = this.edits.forEdit(number);
        ClauseEditService.language(lang);
        this.edits.effectiveDateProblem(clause, lang, form)
            .ifPresent(code -> result.rejectValue("effectiveFrom", code));
        if (result.hasErrors()) {
            return form(model, clause, lang);
        }
        try {
            List<String> unmarked = this.edits.save(number, lang, form);
            redirect.addFlashAttribute("flash", unmarked.isEmpty() ? "clauses.text.saved" : "clauses.text.savedSourceMoved");
            return "redirect:/clauses/" + clause.getNumber();
        }
        catch (StaleVersionException ex) {
            ClauseText current = ex.current(ClauseText.class);
            model.addAttribute("conflict", current == null ? new ClauseTextForm() : ClauseTextForm.from(current));
        }
        catch (ObjectOptimisticLockingFailureException | DataIntegrityViolationException ex) {
            Clause current = this.edits.forEdit(number);
            model.addAttribute("conflict",
                    current.text(lang).map(ClauseTextForm::from).orElseGet(ClauseTextForm::new));
        }
        return form(model, this.edits.forEdit(number), lang);
    }

    private static String form(Model model, Clause clause, String lang) {
        model.addAttribute("clause", clause);
        model.addAttribute("lang", lang);
        model.addAttribute("exists", clause.text(lang).isPresent());
        // The other versions, shown beside the form to translate from.
        model.addAttribute("others", clause.getTexts().stream().filter(t -> !t.getLang().equals(lang)).toList());
        model.addAttribute("source", clause.getTexts().stream().filter(ClauseText::isSourceText)
            .filter(t -> !t.getLang().equals(lang)).findFirst().orElse(null));
        return FORM;
    }

}
