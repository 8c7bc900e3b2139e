/** Membership over time: when each member joined and left and which legal entity signed, each with its source. */
package org.aiip.tracker.membership;
