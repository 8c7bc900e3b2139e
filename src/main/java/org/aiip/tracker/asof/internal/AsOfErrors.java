package org.aiip.tracker.asof.internal;

import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/** An unusable {@code asOf} date gets a page that says what is wrong and how to write it (400). */
@ControllerAdvice(basePackageClasses = AsOf.class)
class AsOfErrors {

    @ExceptionHandler(InvalidAsOfException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String invalid(InvalidAsOfException ex, Model model) {
        model.addAttribute("value", ex.getValue());
        model.addAttribute("reason", ex.getReason().name());
        model.addAttribute("earliest", AsOf.EARLIEST);
        return "asof/invalid";
    }

}
