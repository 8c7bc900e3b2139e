/** Bulk import of filings from CSV: upload, preview against the filing rules, then one all-or-nothing write in the background. */
package org.aiip.tracker.importing;
