/** Reminders: assessments whose evidence is old or whose review is due, listed for admins and editors, and an optional weekly e-mail digest. */
package org.aiip.tracker.reminders;
