package org.aiip.tracker.api.internal;

import io.swagger.v3.oas.annotations.Hidden;

import org.aiip.tracker.system.NotFoundException;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Any other address under {@code /api/v1}: a 404 problem detail rather than the HTML error page (the
 * most general pattern, so every real endpoint takes precedence).
 */
@RestController
@Hidden
class ApiFallbackController {

    @GetMapping(ApiPaths.BASE + "/**")
    void unknown() {
        throw new NotFoundException("API resource");
    }

}
