package org.aiip.tracker.filing.internal;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.aiip.tracker.account.CurrentUser;
import org.aiip.tracker.account.TrackerUser;
import org.aiip.tracker.filing.FilingEditService;
import org.aiip.tracker.filing.FilingRejectedException;
import org.aiip.tracker.filing.LegalStatus;
import org.aiip.tracker.filing.PatentFiling;
import org.aiip.tracker.filing.PatentOffice;
import org.aiip.tracker.filing.TechnologyAreaRepository;
import org.aiip.tracker.member.MemberCompany;
import org.aiip.tracker.member.MemberService;
import org.aiip.tracker.system.RecordHistory;
import org.aiip.tracker.system.RuleViolation;
import org.aiip.tracker.system.StaleVersionException;

/**
 * New filing, edit, withdraw and history, for admins and editors (SecurityConfig); whose filings
 * a person may touch is decided by {@link FilingEditService}.
 */
@Controller
class FilingFormController {

    private static final String FORM = "filings/form";

    private final FilingEditService edits;

    private final MemberService members;

    private final TechnologyAreaRepository areas;

    private final RecordHistory history;

    FilingFormController(FilingEditService edits, MemberService members, TechnologyAreaRepository areas,
            RecordHistory history) {
        this.edits = edits;
        this.members = members;
        this.areas = areas;
        this.history = history;
    }

    @InitBinder("filingForm")
    void allowOnlyFormFields(WebDataBinder binder) {
        binder.setAllowedFields(FilingForm.FIELDS);
    }

    @GetMapping("/filings/new")
    String newFiling(Model model, Locale locale) {
        FilingForm form = new FilingForm();
        CurrentUser.get().filter(u -> !u.isAdmin()).ifPresent(u -> form.setApplicantId(u.memberId()));
        model.addAttribute("filingForm", form);
        return form(model, locale, null);
    }

    @PostMapping("/filings/new")
    String create(@ModelAttribute("filingForm") FilingForm form, BindingResult result, Model model, Locale locale,
            RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return form(model, locale, null);
        }
        try {
            PatentFiling filing = this.edits.create(form.toData());
            redirect.addFlashAttribute("flash", "filing.saved");
            return "redirect:/filings/" + filing.getId();
        }
        catch (FilingRejectedException ex) {
            reject(ex, result, model);
            return form(model, locale, null);
        }
    }

    @GetMapping("/filings/{id}/edit")
    String edit(@PathVariable Long id, Model model, Locale locale) {
        model.addAttribute("filingForm", FilingForm.from(this.edits.forEdit(id)));
        return form(model, locale, id);
    }

    @PostMapping("/filings/{id}/edit")
    String update(@PathVariable Long id, @ModelAttribute("filingForm") FilingForm form, BindingResult result,
            Model model, Locale locale, RedirectAttributes redirect) {
        this.edits.forEdit(id);
        if (result.hasErrors()) {
            return form(model, locale, id);
        }
        try {
            this.edits.update(id, form.getVersion(), form.toData());
            redirect.addFlashAttribute("flash", "filing.saved");
            return "redirect:/filings/" + id;
        }
        catch (FilingRejectedException ex) {
            reject(ex, result, model);
        }
        catch (StaleVersionException ex) {
            conflict(model, ex.current(PatentFiling.class));
        }
        catch (ObjectOptimisticLockingFailureException ex) {
            conflict(model, this.edits.forEdit(id));
        }
        return form(model, locale, id);
    }

    @GetMapping("/filings/{id}/withdraw")
    String withdrawForm(@PathVariable Long id, Model model) {
        model.addAttribute("filing", this.edits.forEdit(id));
        return "filings/withdraw";
    }

    @PostMapping("/filings/{id}/withdraw")
    String withdraw(@PathVariable Long id, @RequestParam(defaultValue = "") String reason,
            @RequestParam(defaultValue = "-1") long version, Model model, RedirectAttributes redirect) {
        try {
            this.edits.withdraw(id, version, reason);
            redirect.addFlashAttribute("flash", "filing.withdrawn");
            return "redirect:/filings/" + id;
        }
        catch (FilingRejectedException ex) {
            model.addAttribute("reasonError", ex.violations().get(0).code());
        }
        catch (StaleVersionException | ObjectOptimisticLockingFailureException ex) {
            model.addAttribute("conflict", true);
        }
        model.addAttribute("filing", this.edits.forEdit(id));
        model.addAttribute("reason", reason);
        return "filings/withdraw";
    }

    @GetMapping("/filings/{id}/history")
    String history(@PathVariable Long id, Model model) {
        PatentFiling filing = this.edits.forEdit(id);
        model.addAttribute("entries", this.history.history(FilingEditService.AUDIT_TYPE, id));
        model.addAttribute("recordName", filing.getDisplayNumber());
        model.addAttribute("backLink", "/filings/" + id);
        model.addAttribute("menu", "filings");
        return "audit/history";
    }

    private static void reject(FilingRejectedException ex, BindingResult result, Model model) {
        for (RuleViolation violation : ex.violations()) {
            result.rejectValue(violation.field(), violation.code(), violation.arguments(),
                    violation.defaultMessage());
        }
        model.addAttribute("duplicateOf", ex.duplicateOf());
    }

    private static void conflict(Model model, PatentFiling current) {
        model.addAttribute("conflict", FilingForm.from(current));
    }

    private String form(Model model, Locale locale, Long id) {
        TrackerUser user = CurrentUser.get().orElseThrow();
        Map<String, String> applicants = new LinkedHashMap<>();
        for (MemberCompany member : this.members.all()) {
            if (user.mayEdit(member.getId())) {
                applicants.put(String.valueOf(member.getId()), member.name(locale));
            }
        }
        Map<String, String> areaOptions = new LinkedHashMap<>();
        areaOptions.put("", "—");
        this.areas.findAllByOrderBySortOrderAsc().forEach(a -> areaOptions.put(a.getCode(), a.name(locale)));
        model.addAttribute("applicants", applicants);
        model.addAttribute("areas", areaOptions);
        model.addAttribute("offices", PatentOffice.values());
        model.addAttribute("statuses", LegalStatus.values());
        model.addAttribute("filingId", id);
        return FORM;
    }

}
