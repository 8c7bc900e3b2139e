package org.aiip.tracker.api.internal;

import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The dashboard's figures. */
@RestController
@Tag(name = "Dashboard", description = "The figures of the dashboard page")
class DashboardReadController {

    private final DashboardReads dashboard;

    DashboardReadController(DashboardReads dashboard) {
        this.dashboard = dashboard;
    }

    @GetMapping(ApiPaths.BASE + "/dashboard")
    @Operation(summary = "Filing figures, the compliance matrix, latest changes and the reference ranking")
    DashboardJson figures(Locale locale) {
        return this.dashboard.figures(locale);
    }

}
