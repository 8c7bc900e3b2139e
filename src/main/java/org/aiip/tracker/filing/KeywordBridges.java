package org.aiip.tracker.filing;

import org.hibernate.search.mapper.pojo.bridge.ValueBridge;
import org.hibernate.search.mapper.pojo.bridge.runtime.ValueBridgeToIndexedValueContext;

/**
 * Values the filing lists filter on for equality, indexed as keywords (terms with postings) rather than
 * numbers (points): a term is found in the index's dictionary and its filings are walked lazily beside
 * the other conditions, where a point query first collects every match into a bit set (half a million
 * filings for "published" or "Baidu" at a million).
 */
final class KeywordBridges {

    private KeywordBridges() {
    }

    /** An id or a year as its decimal digits. */
    public static final class Number implements ValueBridge<java.lang.Number, String> {

        @Override
        public String toIndexedValue(java.lang.Number value, ValueBridgeToIndexedValueContext context) {
            return value == null ? null : String.valueOf(value.longValue());
        }

        @Override
        public java.lang.Number fromIndexedValue(String value,
                org.hibernate.search.mapper.pojo.bridge.runtime.ValueBridgeFromIndexedValueContext context) {
            return value == null ? null : Long.valueOf(value);
        }

    }

    /** A yes/no value as {@code true} or {@code false}. */
    public static final class YesNo implements ValueBridge<Boolean, String> {

        @Override
        public String toIndexedValue(Boolean value, ValueBridgeToIndexedValueContext context) {
            return value == null ? null : value.toString();
        }

        @Override
        public Boolean fromIndexedValue(String value,
                org.hibernate.search.mapper.pojo.bridge.runtime.ValueBridgeFromIndexedValueContext context) {
            return value == null ? null : Boolean.valueOf(value);
        }

    }

}
