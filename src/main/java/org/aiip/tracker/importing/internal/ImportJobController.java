package org.aiip.tracker.importing.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.aiip.tracker.account.CurrentUser;
import org.aiip.tracker.system.NotFoundException;

/**
 * One import job: its progress while it runs (the page refreshes itself, no script needed), its
 * preview with the choice of what to write, its result, and the error report.
 */
@Controller
class ImportJobController {

    /** Seconds between refreshes of a running job's page. */
    static final int REFRESH_SECONDS = 2;

    private final ImportService imports;

    private final ImportJobStore jobs;

    private final MessageSource messages;

    private final long waitMillis;

    ImportJobController(ImportService imports, ImportJobStore jobs, MessageSource messages,
            @Value("${tracker.import.wait-millis:2000}") long waitMillis) {
        this.imports = imports;
        this.jobs = jobs;
        this.messages = messages;
        this.waitMillis = waitMillis;
    }

    /** A problem of a row as the preview lists it, in the page's language. */
    record IssueView(int row, String column, String message) {
    }

    @GetMapping("/admin/import/{publicId}")
    String job(@PathVariable String publicId, Model model, Locale locale, HttpServletResponse response) {
        ImportJob job = this.jobs.visible(publicId);
        model.addAttribute("job", job);
        model.addAttribute("mine", job.getOwner().equals(CurrentUser.name()));
        model.addAttribute("outcome", outcome(job, locale));
        if (job.getState().isRunning()) {
            response.setHeader("Refresh", String.valueOf(REFRESH_SECONDS));
        }
        if (job.getState() == ImportState.READY) {
            ImportPreview preview = this.imports.preview(job);
            model.addAttribute("preview", preview);
            model.addAttribute("issues", views(preview.errors(), locale));
            model.addAttribute("notes", views(preview.notes(), locale));
            model.addAttribute("exportFormat", job.getFileFormat() != null && !job.getFileFormat().equals("TRACKER"));
        }
        return "importing/job";
    }

    // Problems and notes of rows, in the page's language.
    private List<IssueView> views(List<ImportPreview.Issue> issues, Locale locale) {
        return issues.stream()
            .map(issue -> new IssueView(issue.row(), issue.column(), this.messages.getMessage(issue.code(),
                    issue.arguments().toArray(), issue.defaultMessage(), locale)))
            .toList();
    }

    /**
     * Confirms the preview: what to write, what to do with rows matching filings on record, and, for
     * each field changed by hand that the file would change, whether to take the file's value
     * ({@code take=filingId:field}).
     */
    @PostMapping("/admin/import/{publicId}/confirm")
    String confirm(@PathVariable String publicId, @RequestParam ImportMode mode, @RequestParam MatchChoice onMatch,
            @RequestParam(name = "take", required = false) List<String> take, RedirectAttributes redirect) {
        try {
            ImportController.waitBriefly(this.imports.confirm(publicId, mode, onMatch,
                    take == null ? java.util.Set.of() : java.util.Set.copyOf(take)), this.waitMillis);
        }
        catch (ImportRejectedException ex) {
            redirect.addFlashAttribute("jobError", ex.code());
            redirect.addFlashAttribute("jobErrorArgs", ex.arguments());
        }
        return "redirect:/admin/import/" + publicId;
    }

    @PostMapping("/admin/import/{publicId}/cancel")
    String cancel(@PathVariable String publicId, RedirectAttributes redirect) {
        this.imports.cancel(publicId);
        redirect.addFlashAttribute("flash", "importing.cancelled");
        return "redirect:/admin/import";
    }

    @PostMapping("/admin/import/{publicId}/rerun")
    String rerun(@PathVariable String publicId) {
        ImportController.waitBriefly(this.imports.rerun(publicId), this.waitMillis);
        return "redirect:/admin/import/" + publicId;
    }

    @GetMapping("/admin/import/{publicId}/errors.csv")
    ResponseEntity<Resource> errors(@PathVariable String publicId) {
        ImportJob job = this.jobs.visible(publicId);
        if (job.getErrorReportPath() == null || !Files.exists(Path.of(job.getErrorReportPath()))) {
            throw new NotFoundException("import report");
        }
        return ResponseEntity.ok()
            .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
            .header(HttpHeaders.CONTENT_DISPOSITION,
                    ContentDisposition.attachment().filename("import-errors.csv").build().toString())
            .body(new FileSystemResource(job.getErrorReportPath()));
    }

    /** The job's final message (why it was rejected, failed or stopped), or null. */
    private String outcome(ImportJob job, Locale locale) {
        if (job.getMessageCode() == null) {
            return null;
        }
        List<String> arguments = job.messageArguments();
        return this.messages.getMessage(job.getMessageCode(), arguments.toArray(), job.getMessageCode(), locale);
    }

}
