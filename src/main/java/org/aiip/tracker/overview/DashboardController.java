package org.aiip.tracker.overview;

import java.util.Locale;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The public dashboard at the site's root. */
@Controller
class DashboardController {

    private final DashboardService dashboards;

    DashboardController(DashboardService dashboards) {
        this.dashboards = dashboards;
    }

    @GetMapping("/")
    String dashboard(Locale locale, Model model) {
        model.addAttribute("dashboard", this.dashboards.dashboard(locale));
        return "overview/dashboard";
    }

}
