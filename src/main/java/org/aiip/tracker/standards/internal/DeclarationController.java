package org.aiip.tracker.standards.internal;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

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

import org.aiip.tracker.account.CurrentUser;
import org.aiip.tracker.member.MemberService;
import org.aiip.tracker.registry.FilingLine;
import org.aiip.tracker.registry.MemberChoices;
import org.aiip.tracker.registry.RegistryCsv;
import org.aiip.tracker.system.EditPages;
import org.aiip.tracker.system.NotFoundException;
import org.aiip.tracker.system.PathIds;
import org.aiip.tracker.standards.Commitment;
import org.aiip.tracker.standards.DeclarationService;
import org.aiip.tracker.standards.DeclarationView;
import org.aiip.tracker.standards.DeclarationForm;

/**
 * Standards declarations: the public list, one declaration, the CSV; the form and history for admins and
 * editors (SecurityConfig), editors for their own company ({@link DeclarationService}).
 */
@Controller
class DeclarationController {

    private static final String FORM = "standards/form";

    static final List<String> CSV_HEADER = List.of("id", "member", "member_slug", "standards_body", "standard",
            "declared_on", "commitment", "commitment_note", "patents", "families", "source_url", "page");

    private final DeclarationService declarations;

    private final MemberService members;

    DeclarationController(DeclarationService declarations, MemberService members) {
        this.declarations = declarations;
        this.members = members;
    }

    @InitBinder("declarationForm")
    void allowOnlyFormFields(WebDataBinder binder) {
        binder.setAllowedFields(DeclarationForm.FIELDS);
    }

    @GetMapping("/standards")
    String list(Model model) {
        model.addAttribute("declarations", this.declarations.all());
        return "standards/list";
    }

    @GetMapping("/standards/{id}")
    String detail(@PathVariable String id, Model model) {
        DeclarationView d = this.declarations.byId(number(id)).orElseThrow(() -> new NotFoundException("declaration"));
        model.addAttribute("d", d);
        model.addAttribute("mayEdit", CurrentUser.mayEdit(d.member().getId()));
        return "standards/detail";
    }

    @GetMapping("/standards.csv")
    void csv(HttpServletResponse response) throws IOException {
        RegistryCsv.write(response, "standards.csv", CSV_HEADER, this.declarations.all().stream()
            .map(d -> List.of(String.valueOf(d.id()), d.member().getNameEn(), d.member().getSlug(), d.standardsBody(),
                    d.standard(), d.declaredOn().toString(), d.commitment().name(), RegistryCsv.text(d.commitmentNote()),
                    String.join("; ", d.filings().stream().map(FilingLine::number).toList()),
                    String.join("; ", d.families()), d.sourceUrl(), "/standards/" + d.id()))
            .toList());
    }

    @GetMapping("/standards/new")
    String newDeclaration(Model model, Locale locale) {
        DeclarationForm form = new DeclarationForm();
        form.setMemberId(MemberChoices.only(MemberChoices.editable(this.members, locale)));
        model.addAttribute("declarationForm", form);
        return form(model, locale, null);
    }

    @PostMapping("/standards/new")
    String create(@Valid @ModelAttribute("declarationForm") DeclarationForm form, BindingResult result, Model model,
            Locale locale, RedirectAttributes redirect) {
        return EditPages.submit(result, redirect, "standards.saved",
                () -> "/standards/" + this.declarations.create(form.toCommand()).getId(), null,
                () -> form(model, locale, null));
    }

    @GetMapping("/standards/{id}/edit")
    String edit(@PathVariable String id, Model model, Locale locale) {
        long declarationId = number(id);
        model.addAttribute("declarationForm", this.declarations.formFor(declarationId));
        return form(model, locale, declarationId);
    }

    @PostMapping("/standards/{id}/edit")
    String update(@PathVariable String id, @Valid @ModelAttribute("declarationForm") DeclarationForm form,
            BindingResult result, Model model, Locale locale, RedirectAttributes redirect) {
        long declarationId = number(id);
        this.declarations.formFor(declarationId);
        return EditPages.submit(result, redirect, "standards.saved", () -> {
            this.declarations.update(declarationId, form.toCommand());
            return "/standards/" + declarationId;
        }, () -> {
            model.addAttribute("conflict", true);
            form.setVersion(this.declarations.formFor(declarationId).getVersion());
        }, () -> form(model, locale, declarationId));
    }

    @GetMapping("/standards/{id}/history")
    String history(@PathVariable String id, Model model) {
        long declarationId = number(id);
        return EditPages.history(model, this.declarations.history(declarationId),
                this.declarations.byId(declarationId).map(d -> d.standardsBody() + " " + d.standard()).orElse(""),
                "/standards/" + declarationId, "standards");
    }

    private String form(Model model, Locale locale, Long id) {
        model.addAttribute("members", MemberChoices.editable(this.members, locale));
        model.addAttribute("commitments", Commitment.values());
        model.addAttribute("declarationId", id);
        return FORM;
    }

    static long number(String id) {
        return PathIds.parse(id, "declaration");
    }

}
