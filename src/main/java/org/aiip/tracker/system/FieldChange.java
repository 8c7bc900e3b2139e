package org.aiip.tracker.system;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One field's value before and after a change ({@code null} where there was none). */
@Embeddable
public record FieldChange(@Column(name = "field") String field, @Column(name = "old_value") String oldValue,
        @Column(name = "new_value") String newValue) {

    /**
     * The fields whose values differ between two snapshots of a record, in the order of the
     * snapshots' keys. A snapshot maps field names to displayable values.
     */
    public static List<FieldChange> between(Map<String, String> before, Map<String, String> after) {
        Set<String> fields = new LinkedHashSet<>(before.keySet());
        fields.addAll(after.keySet());
        List<FieldChange> changes = new ArrayList<>();
        for (String field : fields) {
            String old = blankToNull(before.get(field));
            String now = blankToNull(after.get(field));
            if (!Objects.equals(old, now)) {
                changes.add(new FieldChange(field, truncate(old), truncate(now)));
            }
        }
        return changes;
    }

    private static String blankToNull(String value) {
        return (value == null || value.isBlank()) ? null : value;
    }

    private static String truncate(String value) {
        return (value == null || value.length() <= 4000) ? value : value.substring(0, 3999) + "…";
    }

}
