package org.aiip.tracker.overview;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import org.aiip.tracker.filing.TechnologyArea;
import org.aiip.tracker.filing.TechnologyAreaRepository;

/**
 * The values of the audit trail as a reader says them, in the page's language: "Deep learning" for
 * {@code DEEP_LEARNING}, "Published" for {@code PUBLISHED}, "yes" and "no" for {@code true} and {@code false},
 * "none" for an empty list. The trail keeps the codes (they do not change with the language); only the
 * pages translate them. Used by the history and audit templates as {@code @auditValues}.
 */
@Component("auditValues")
public class AuditValueLabels {

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]*");

    /** For a field, the message prefixes its codes may have, in the order tried. */
    private static final Map<String, List<String>> PREFIXES = Map.of(
            "legalStatus", List.of("legalStatus."),
            "office", List.of("office."),
            "status", List.of("complianceStatus.", "memberStatus."),
            "role", List.of("memberRole.", "role."),
            "kind", List.of("agreementKind.", "evidenceKind.", "alias.kind."),
            "signedPrecision", List.of("agreements.precision."),
            "decision", List.of("audit.value."));

    private static final List<String> ANY = List.of("legalStatus.", "complianceStatus.", "office.", "memberRole.",
            "memberStatus.", "role.", "agreementKind.", "evidenceKind.", "alias.kind.", "audit.value.");

    private final MessageSource messages;

    private final TechnologyAreaRepository areas;

    AuditValueLabels(MessageSource messages, TechnologyAreaRepository areas) {
        this.messages = messages;
        this.areas = areas;
    }

    /** The value of {@code field} as the page shows it (the stored value when nothing better is known). */
    public String label(String field, String value) {
        Locale locale = LocaleContextHolder.getLocale();
        if (value == null) {
            return null;
        }
        String v = value.strip();
        if (v.isEmpty() || "[]".equals(v) || "null".equals(v)) {
            return message("common.none", locale, value);
        }
        if ("true".equals(v)) {
            return message("common.yes", locale, value);
        }
        if ("false".equals(v)) {
            return message("common.no", locale, value);
        }
        if (v.startsWith("[") && v.endsWith("]")) {
            return v.substring(1, v.length() - 1);
        }
        if ("technologyArea".equals(field)) {
            TechnologyArea area = areasByCode().get(v);
            return area == null ? value : area.name(locale);
        }
        if (v.matches("[a-z]+")) {
            String word = this.messages.getMessage("audit.value." + v, null, null, locale);
            if (word != null) {
                return word;
            }
        }
        if (CODE.matcher(v).matches()) {
            for (String prefix : PREFIXES.getOrDefault(field, ANY)) {
                String label = this.messages.getMessage(prefix + v, null, null, locale);
                if (label != null) {
                    return label;
                }
            }
        }
        return value;
    }

    private Map<String, TechnologyArea> areasByCode() {
        return this.areas.findAll().stream().collect(Collectors.toMap(TechnologyArea::getCode, Function.identity()));
    }

    private String message(String key, Locale locale, String fallback) {
        return this.messages.getMessage(key, null, fallback, locale);
    }

}
