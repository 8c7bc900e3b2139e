package org.aiip.tracker.importing.internal;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * An upload over the size limit that reaches Spring MVC (most are caught by
 * {@link UploadLimitFilter} before) is answered like there: the import page, which says so,
 * instead of an error 500.
 */
@ControllerAdvice
class ImportUploadAdvice {

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    String tooLarge() {
        return "redirect:" + UploadLimitFilter.TOO_LARGE;
    }

}
