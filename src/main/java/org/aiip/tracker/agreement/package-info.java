/** Cooperation agreements between member companies. */
package org.aiip.tracker.agreement;
