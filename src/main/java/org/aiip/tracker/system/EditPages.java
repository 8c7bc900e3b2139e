package org.aiip.tracker.system;

import java.util.List;
import java.util.function.Supplier;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The edit pages' one way of doing things, written once for the controllers: the submit of a form (STYLE 6)
 * and the page of a record's history.
 */
public final class EditPages {

    private EditPages() {
    }

    /**
     * Submits a bound form: with errors of the form itself the page again; otherwise saves, flashes the message
     * and redirects to the saved record (Post/Redirect/Get). A rule the service finds broken goes beside its
     * field; someone else's newer save is a conflict. Either way the page comes again with the input kept.
     * @param flash the message key to flash after saving
     * @param save saves and answers the address of the record's page
     * @param conflict marks the page for a conflict (a newer save); {@code null} for a new record, which
     * cannot have one
     * @param page the form page again
     */
    public static String submit(BindingResult result, RedirectAttributes redirect, String flash, Supplier<String> save,
            Runnable conflict, Supplier<String> page) {
        if (!result.hasErrors()) {
            try {
                String address = save.get();
                redirect.addFlashAttribute("flash", flash);
                return "redirect:" + address;
            }
            catch (RecordRejectedException ex) {
                ex.rejectInto(result);
            }
            catch (StaleVersionException | ObjectOptimisticLockingFailureException ex) {
                if (conflict == null) {
                    throw ex;
                }
                conflict.run();
            }
        }
        return page.get();
    }

    /**
     * The history page of a record: its audit entries, newest first, under its name.
     * @param backLink the record's page
     * @param menu the menu entry to mark as current
     */
    public static String history(Model model, List<?> entries, String recordName, String backLink, String menu) {
        model.addAttribute("entries", entries);
        model.addAttribute("recordName", recordName);
        model.addAttribute("backLink", backLink);
        model.addAttribute("menu", menu);
        return "audit/history";
    }

}
