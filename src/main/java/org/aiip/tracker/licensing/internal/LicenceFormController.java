package org.aiip.tracker.licensing.internal;

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

import org.aiip.tracker.account.CurrentUser;
import org.aiip.tracker.member.MemberService;
import org.aiip.tracker.registry.MemberChoices;
import org.aiip.tracker.system.EditPages;
import org.aiip.tracker.system.NotFoundException;
import org.aiip.tracker.system.RecordRejectedException;
import org.aiip.tracker.licensing.LicenceOfferForm;
import org.aiip.tracker.licensing.LicenceOfferService;
import org.aiip.tracker.licensing.LicenceTerms;
import org.aiip.tracker.licensing.OfferView;
import org.aiip.tracker.licensing.SnapshotInfo;

/**
 * New offer, edit, a new snapshot of the licence text, and the history: for admins and editors
 * (SecurityConfig); editors for their own company only ({@link LicenceOfferService}).
 */
@Controller
class LicenceFormController {

    private static final String FORM = "licences/form";

    private final LicenceOfferService offers;

    private final MemberService members;

    LicenceFormController(LicenceOfferService offers, MemberService members) {
        this.offers = offers;
        this.members = members;
    }

    @InitBinder("licenceOfferForm")
    void allowOnlyOfferFields(WebDataBinder binder) {
        binder.setAllowedFields(LicenceOfferForm.FIELDS);
    }

    @InitBinder("snapshotForm")
    void allowOnlySnapshotFields(WebDataBinder binder) {
        binder.setAllowedFields(SnapshotForm.FIELDS);
    }

    @GetMapping("/licences/new")
    String newOffer(Model model, Locale locale) {
        LicenceOfferForm form = new LicenceOfferForm();
        form.setMemberId(MemberChoices.only(MemberChoices.editable(this.members, locale)));
        model.addAttribute("licenceOfferForm", form);
        return form(model, locale, null);
    }

    @PostMapping("/licences/new")
    String create(@Valid @ModelAttribute("licenceOfferForm") LicenceOfferForm form, BindingResult result,
            Model model, Locale locale, RedirectAttributes redirect) {
        return EditPages.submit(result, redirect, "licences.saved",
                () -> "/licences/" + this.offers.create(form.toCommand(), snapshot(form)).getId(), null,
                () -> form(model, locale, null));
    }

    @GetMapping("/licences/{id}/edit")
    String edit(@PathVariable String id, Model model, Locale locale) {
        long offerId = LicenceController.number(id);
        model.addAttribute("licenceOfferForm", this.offers.formFor(offerId));
        return form(model, locale, offerId);
    }

    @PostMapping("/licences/{id}/edit")
    String update(@PathVariable String id, @Valid @ModelAttribute("licenceOfferForm") LicenceOfferForm form,
            BindingResult result, Model model, Locale locale, RedirectAttributes redirect) {
        long offerId = LicenceController.number(id);
        this.offers.formFor(offerId);
        return EditPages.submit(result, redirect, "licences.saved", () -> {
            this.offers.update(offerId, form.toCommand(), snapshot(form));
            return "/licences/" + offerId;
        }, () -> {
            LicenceOfferForm current = this.offers.formFor(offerId);
            model.addAttribute("conflict", current);
            form.setVersion(current.getVersion());
        }, () -> form(model, locale, offerId));
    }

    @PostMapping("/licences/{id}/snapshots")
    String addSnapshot(@PathVariable String id, @Valid @ModelAttribute("snapshotForm") SnapshotForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        long offerId = LicenceController.number(id);
        OfferView offer = this.offers.byId(offerId).orElseThrow(() -> new NotFoundException("licence offer"));
        if (!CurrentUser.mayEdit(offer.member().getId())) {
            throw new NotFoundException("licence offer");
        }
        if (!result.hasErrors()) {
            try {
                SnapshotInput snapshot = Snapshots.read(form.getSnapshotText(), form.getSnapshotFile(),
                        form.getSourceUrl() == null ? offer.licenceUrl() : form.getSourceUrl());
                if (snapshot == null) {
                    result.rejectValue("snapshotText", "licences.snapshot.empty", "give a file or paste the text");
                }
                else {
                    SnapshotInfo kept = this.offers.addSnapshot(offerId, snapshot);
                    redirect.addFlashAttribute("flash", "licences.snapshot.saved");
                    return "redirect:/licences/" + offerId + "/snapshots/" + kept.id();
                }
            }
            catch (RecordRejectedException ex) {
                ex.rejectInto(result);
            }
        }
        model.addAttribute("offer", offer);
        model.addAttribute("mayEdit", true);
        return "licences/detail";
    }

    @GetMapping("/licences/{id}/history")
    String history(@PathVariable String id, Model model) {
        long offerId = LicenceController.number(id);
        return EditPages.history(model, this.offers.history(offerId),
                this.offers.byId(offerId).map(OfferView::title).orElse(""), "/licences/" + offerId, "licences");
    }

    /** The licence text sent with the form, as a file or pasted, or {@code null}. */
    private static SnapshotInput snapshot(LicenceOfferForm form) {
        return Snapshots.read(form.getSnapshotText(), form.getSnapshotFile(), form.getLicenceUrl());
    }

    private String form(Model model, Locale locale, Long id) {
        model.addAttribute("members", MemberChoices.editable(this.members, locale));
        model.addAttribute("termsChoices", LicenceTerms.values());
        model.addAttribute("offerId", id);
        return FORM;
    }

}
