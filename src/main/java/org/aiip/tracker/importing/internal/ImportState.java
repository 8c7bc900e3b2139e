package org.aiip.tracker.importing.internal;

/**
 * Where an import job stands. A job is checked ({@link #VALIDATING}), waits for the person to
 * confirm the preview ({@link #READY}), then writes ({@link #WRITING}) and ends in one of the
 * final states. A job found running when the application starts was cut off
 * ({@link #INTERRUPTED}); its transaction never committed, so nothing of it was written.
 */
enum ImportState {

    VALIDATING, READY, WRITING, DONE, REJECTED, FAILED, INTERRUPTED, CANCELLED;

    /** Whether a worker is busy with the job now: its page refreshes itself. */
    public boolean isRunning() {
        return this == VALIDATING || this == WRITING;
    }

    /** Whether the job may be run again from its stored file. */
    public boolean mayRerun() {
        return this == INTERRUPTED || this == FAILED;
    }

}
