/** The eight clauses of the initiative, each in English, Korean and Chinese. */
package org.aiip.tracker.clause;
