/** Cross-cutting web concerns: language, error pages, layout. */
package org.aiip.tracker.system;
