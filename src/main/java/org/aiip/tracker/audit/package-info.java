/** The audit trail: who created, changed or withdrew which record, when, and each field before and after. */
package org.aiip.tracker.audit;
