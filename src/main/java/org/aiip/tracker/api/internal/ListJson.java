package org.aiip.tracker.api.internal;

import java.util.List;

/** A whole list in an object, so that fields can be added beside the items later without breaking callers. */
record ListJson<T>(List<T> items) {
}
