/** Patent filings of member companies, with the value types that validate application numbers and IPC symbols. Unpublished filings are confidential. */
package org.aiip.tracker.filing;
