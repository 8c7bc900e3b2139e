/** Cross-cutting web concerns: security, language, error pages, layout. */
package org.aiip.tracker.system;
