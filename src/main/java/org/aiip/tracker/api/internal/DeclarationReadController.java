package org.aiip.tracker.api.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import org.aiip.tracker.standards.DeclarationService;
import org.aiip.tracker.system.NotFoundException;

/** Declarations of members' patents to standards bodies (clause 2). */
@RestController
@RequestMapping(ApiPaths.BASE + "/declarations")
@Tag(name = "Standards declarations", description = "Declarations of members' patents to standards bodies (clause 2)")
class DeclarationReadController {

    private final DeclarationService declarations;

    DeclarationReadController(DeclarationService declarations) {
        this.declarations = declarations;
    }

    @GetMapping
    @Operation(summary = "Every declaration, newest first")
    ListJson<DeclarationJson> list() {
        return new ListJson<>(this.declarations.all().stream().map(DeclarationJson::of).toList());
    }

    @GetMapping("/{id}")
    @Operation(summary = "One declaration")
    DeclarationJson declaration(@PathVariable String id) {
        return this.declarations.byId(LitigationReadController.number(id)).map(DeclarationJson::of)
            .orElseThrow(() -> new NotFoundException("declaration " + id));
    }

}
