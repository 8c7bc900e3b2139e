package org.aiip.tracker.system;

/**
 * A form whose text fields are bound trimmed, and blank as {@code null} ({@link FormBinding}). Forms that
 * keep what was typed to the letter (passwords, codes) do not implement it.
 */
public interface TrimmedForm {
}
