package org.aiip.tracker.filing;

/** Placeholder; replaced by the value-type branch. */
public enum PatentOffice {

    CN, US, EP, JP, KR, WO

}
