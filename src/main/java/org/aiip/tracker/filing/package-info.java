/**
 * Patent filings of member companies, with the value types that validate application numbers and IPC symbols.
 * Unpublished filings are confidential.
 * <p>
 * The list's filter has two names: {@code FilingSearchForm} is what the query string binds to (web page and API),
 * {@code FilingSearch} the filter as understood, and {@code FilingSearch.Resolved} the same with member and area as
 * ids for the index. The counts: {@code FilingCountRow} is a stored row of {@code filing_count},
 * {@code FilingCounts} writes those rows, {@code FilingStatistics} reads the figures.
 * <p>
 * The pages' controllers (list and detail, form, export) and the filing form are in {@code internal}: no other module
 * uses them.
 */
@ApplicationModule(allowedDependencies = {"account", "member", "system"})
package org.aiip.tracker.filing;

import org.springframework.modulith.ApplicationModule;
