/** Clause 3, open patent licensing: the licence offers of members, their terms, and snapshots of the licence texts. */
package org.aiip.tracker.licensing;
