/** The clearly labelled synthetic sample data loaded by the default run. */
package org.aiip.tracker.sample;
