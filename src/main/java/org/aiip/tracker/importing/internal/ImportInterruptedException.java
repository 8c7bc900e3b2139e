package org.aiip.tracker.importing.internal;

/** The worker thread was interrupted (the application is stopping): the job ends, its transaction rolls back. */
class ImportInterruptedException extends RuntimeException {

    ImportInterruptedException() {
        super("import interrupted");
    }

}
