/** The initiative itself (name, publisher, date) and the reference ranking of AI patent applications it is compared with. */
package org.aiip.tracker.initiative;
