package org.aiip.tracker.standards;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
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

import org.aiip.tracker.member.MemberCompany;
import org.aiip.tracker.member.MemberService;
import org.aiip.tracker.system.NotFoundException;
import org.aiip.tracker.system.RecordRejectedException;
import org.aiip.tracker.system.StaleVersionException;

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
        model.addAttribute("mayEdit", DeclarationService.mayEdit(d.member().getId()));
        return "standards/detail";
    }

    @GetMapping("/standards.csv")
    void csv(HttpServletResponse response) throws IOException {
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename("standards.csv").build().toString());
        Writer writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        try (CSVPrinter printer = new CSVPrinter(writer,
                CSVFormat.RFC4180.builder().setHeader(CSV_HEADER.toArray(String[]::new)).get())) {
            for (DeclarationView d : this.declarations.all()) {
                printer.printRecord(d.id(), d.member().getNameEn(), d.member().getSlug(), d.standardsBody(),
                        d.standard(), d.declaredOn(), d.commitment(), d.commitmentNote(),
                        String.join("; ", d.filings().stream().map(DeclarationView.FilingLine::number).toList()),
                        String.join("; ", d.families()), d.sourceUrl(), "/standards/" + d.id());
            }
        }
    }

    @GetMapping("/standards/new")
    String newDeclaration(Model model, Locale locale) {
        DeclarationForm form = new DeclarationForm();
        Map<String, String> choices = memberChoices(locale);
        if (choices.size() == 1) {
            form.setMemberId(Long.valueOf(choices.keySet().iterator().next()));
        }
        model.addAttribute("declarationForm", form);
        return form(model, locale, null);
    }

    @PostMapping("/standards/new")
    String create(@Valid @ModelAttribute("declarationForm") DeclarationForm form, BindingResult result, Model model,
            Locale locale, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                StandardsDeclaration d = this.declarations.create(form);
                redirect.addFlashAttribute("flash", "standards.saved");
                return "redirect:/standards/" + d.getId();
            }
            catch (RecordRejectedException ex) {
                ex.rejectInto(result);
            }
        }
        return form(model, locale, null);
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
        if (!result.hasErrors()) {
            try {
                this.declarations.update(declarationId, form);
                redirect.addFlashAttribute("flash", "standards.saved");
                return "redirect:/standards/" + declarationId;
            }
            catch (RecordRejectedException ex) {
                ex.rejectInto(result);
            }
            catch (StaleVersionException | ObjectOptimisticLockingFailureException ex) {
                model.addAttribute("conflict", true);
                form.setVersion(this.declarations.formFor(declarationId).getVersion());
            }
        }
        return form(model, locale, declarationId);
    }

    @GetMapping("/standards/{id}/history")
    String history(@PathVariable String id, Model model) {
        long declarationId = number(id);
        model.addAttribute("entries", this.declarations.history(declarationId));
        model.addAttribute("recordName", this.declarations.byId(declarationId)
            .map(d -> d.standardsBody() + " " + d.standard()).orElse(""));
        model.addAttribute("backLink", "/standards/" + declarationId);
        model.addAttribute("menu", "standards");
        return "audit/history";
    }

    private String form(Model model, Locale locale, Long id) {
        model.addAttribute("members", memberChoices(locale));
        model.addAttribute("commitments", Commitment.values());
        model.addAttribute("declarationId", id);
        return FORM;
    }

    private Map<String, String> memberChoices(Locale locale) {
        Map<String, String> choices = new LinkedHashMap<>();
        for (MemberCompany member : this.members.all()) {
            if (DeclarationService.mayEdit(member.getId())) {
                choices.put(String.valueOf(member.getId()), member.name(locale));
            }
        }
        return choices;
    }

    static long number(String id) {
        if (!id.matches("\\d{1,18}")) {
            throw new NotFoundException("declaration " + id);
        }
        return Long.parseLong(id);
    }

}
