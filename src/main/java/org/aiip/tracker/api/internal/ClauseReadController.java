package org.aiip.tracker.api.internal;

import java.util.Optional;
import java.util.function.Predicate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.aiip.tracker.api.internal.InvalidParametersException.InvalidParameter;
import org.aiip.tracker.clause.Clause;
import org.aiip.tracker.clause.ClauseService;
import org.aiip.tracker.system.NotFoundException;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The initiative's eight clauses in every language the tracker keeps. */
@RestController
@RequestMapping(ApiPaths.BASE + "/clauses")
@Tag(name = "Clauses", description = "The eight clauses in English, Korean and Chinese, source text and translations")
class ClauseReadController {

    private final ClauseService clauses;

    ClauseReadController(ClauseService clauses) {
        this.clauses = clauses;
    }

    @GetMapping
    @Operation(summary = "The clauses in order, each with its language versions")
    ListJson<ClauseJson> list(@Parameter(description = "Only the versions in this language",
            schema = @Schema(allowableValues = { "en", "ko", "zh" })) @RequestParam(required = false) String language) {
        Predicate<String> languages = languages(language);
        return new ListJson<>(this.clauses.all().stream().map(c -> ClauseJson.of(c, languages)).toList());
    }

    @GetMapping("/{number}")
    @Operation(summary = "One clause (1 to 8) with its language versions")
    ClauseJson clause(@PathVariable String number, @Parameter(description = "Only the version in this language",
            schema = @Schema(allowableValues = { "en", "ko", "zh" })) @RequestParam(required = false) String language) {
        Predicate<String> languages = languages(language);
        return ClauseJson.of(find(number), languages);
    }

    /** The clause with this number; anything but 1 to 8 is not found. */
    private Clause find(String number) {
        Optional<Clause> clause = number.matches("\\d{1,2}") ? this.clauses.byNumber(Integer.parseInt(number))
                : Optional.empty();
        return clause.orElseThrow(() -> new NotFoundException("Clause " + number));
    }

    private static Predicate<String> languages(String language) {
        if (language == null || language.isBlank()) {
            return lang -> true;
        }
        if (!Clause.LANGUAGES.contains(language.strip())) {
            throw new InvalidParametersException(
                    new InvalidParameter("language", "api.invalid.choice", String.join(", ", Clause.LANGUAGES)));
        }
        return language.strip()::equals;
    }

}
