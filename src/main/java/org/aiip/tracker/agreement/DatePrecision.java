package org.aiip.tracker.agreement;

/** How much of a signing date is known: the source may say only "June 2019". */
public enum DatePrecision {

    DAY, MONTH, YEAR

}
