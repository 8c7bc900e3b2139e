package org.aiip.tracker.audit.internal;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import org.aiip.tracker.audit.AuditService;

/** The admins' audit log at /admin/audit (admins only: see SecurityConfig). */
@Controller
class AuditLogController {

    private final AuditService audit;

    AuditLogController(AuditService audit) {
        this.audit = audit;
    }

    @GetMapping("/admin/audit")
    String log(@RequestParam(required = false) String type, @RequestParam(required = false) String user,
            @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("entries", this.audit.log(type, user, page));
        model.addAttribute("type", type);
        model.addAttribute("user", user);
        return "audit/log";
    }

}
