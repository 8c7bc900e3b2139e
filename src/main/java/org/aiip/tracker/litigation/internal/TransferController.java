package org.aiip.tracker.litigation.internal;

import java.io.IOException;
import java.util.List;

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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.aiip.tracker.account.CurrentUser;
import org.aiip.tracker.registry.RegistryCsv;
import org.aiip.tracker.system.EditPages;
import org.aiip.tracker.system.NotFoundException;
import org.aiip.tracker.system.PathIds;
import org.aiip.tracker.litigation.TransferForm;
import org.aiip.tracker.litigation.TransferService;
import org.aiip.tracker.litigation.TransferView;

/**
 * Transfers of members' patents to outsiders: the public list (with the changes of hands the filing
 * data shows but nobody has recorded yet), one transfer, the CSV; the form and history for admins and
 * editors (SecurityConfig), editors for their own company's patents ({@link TransferService}).
 */
@Controller
class TransferController {

    private static final String FORM = "transfers/form";

    static final List<String> CSV_HEADER = List.of("id", "patent", "filing_id", "title", "from_member",
            "from_member_slug", "assignee", "assertion_entity", "transferred_on", "source_url", "page");

    private final TransferService transfers;

    TransferController(TransferService transfers) {
        this.transfers = transfers;
    }

    @InitBinder("transferForm")
    void allowOnlyFormFields(WebDataBinder binder) {
        binder.setAllowedFields(TransferForm.FIELDS);
    }

    @GetMapping("/transfers")
    String list(Model model) {
        model.addAttribute("transfers", this.transfers.all());
        model.addAttribute("ownerChanges", this.transfers.unrecordedOwnerChanges());
        model.addAttribute("signedIn", CurrentUser.get().isPresent());
        return "transfers/list";
    }

    @GetMapping("/transfers/{id}")
    String detail(@PathVariable String id, Model model) {
        TransferView t = this.transfers.byId(PathIds.parse(id, "transfer")).orElseThrow(() -> new NotFoundException("transfer"));
        model.addAttribute("t", t);
        model.addAttribute("mayEdit", CurrentUser.mayEdit(t.fromMember().getId()));
        return "transfers/detail";
    }

    @GetMapping("/transfers.csv")
    void csv(HttpServletResponse response) throws IOException {
        RegistryCsv.write(response, "transfers.csv", CSV_HEADER, this.transfers.all().stream()
            .map(t -> List.of(String.valueOf(t.id()), t.patent(), String.valueOf(t.filingId()),
                    RegistryCsv.text(t.filingTitle()), t.fromMember().getNameEn(), t.fromMember().getSlug(),
                    t.assignee(), String.valueOf(t.assertionEntity()), t.transferredOn().toString(), t.sourceUrl(),
                    "/transfers/" + t.id()))
            .toList());
    }

    @GetMapping("/transfers/new")
    String newTransfer(@RequestParam(required = false) String filing, @RequestParam(required = false) String assignee,
            Model model) {
        Long filingId = filing != null && filing.matches("\\d{1,18}") ? Long.valueOf(filing) : null;
        model.addAttribute("transferForm", this.transfers.newForm(filingId, assignee));
        model.addAttribute("transferId", null);
        return FORM;
    }

    @PostMapping("/transfers/new")
    String create(@Valid @ModelAttribute("transferForm") TransferForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        return EditPages.submit(result, redirect, "transfers.saved",
                () -> "/transfers/" + this.transfers.create(form.toCommand()).getId(), null, () -> {
                    model.addAttribute("transferId", null);
                    return FORM;
                });
    }

    @GetMapping("/transfers/{id}/edit")
    String edit(@PathVariable String id, Model model) {
        long transferId = PathIds.parse(id, "transfer");
        model.addAttribute("transferForm", this.transfers.formFor(transferId));
        model.addAttribute("transferId", transferId);
        return FORM;
    }

    @PostMapping("/transfers/{id}/edit")
    String update(@PathVariable String id, @Valid @ModelAttribute("transferForm") TransferForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        long transferId = PathIds.parse(id, "transfer");
        this.transfers.formFor(transferId);
        model.addAttribute("transferId", transferId);
        return EditPages.submit(result, redirect, "transfers.saved", () -> {
            this.transfers.update(transferId, form.toCommand());
            return "/transfers/" + transferId;
        }, () -> {
            model.addAttribute("conflict", true);
            form.setVersion(this.transfers.formFor(transferId).getVersion());
        }, () -> FORM);
    }

    @GetMapping("/transfers/{id}/history")
    String history(@PathVariable String id, Model model) {
        long transferId = PathIds.parse(id, "transfer");
        return EditPages.history(model, this.transfers.history(transferId),
                this.transfers.byId(transferId).map(t -> t.patent() + " → " + t.assignee()).orElse(""),
                "/transfers/" + transferId, "transfers");
    }

}
