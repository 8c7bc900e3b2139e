package org.aiip.tracker.system.internal;

import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.core.ResolvableType;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

import org.aiip.tracker.system.TrimmedForm;

/**
 * The one way request values are trimmed: every {@link TrimmedForm} is bound with Spring's
 * {@link StringTrimmerEditor}, so surrounding white space never reaches a service and a blank field
 * arrives as {@code null}. Which fields a form binds stays each controller's {@code @InitBinder}.
 */
@ControllerAdvice
class FormBinding {

    @InitBinder
    void trimTrimmedForms(WebDataBinder binder) {
        if (binder.getTarget() instanceof TrimmedForm || isTrimmedForm(binder.getTargetType())) {
            binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
        }
    }

    private static boolean isTrimmedForm(ResolvableType type) {
        return type != null && type.resolve() != null && TrimmedForm.class.isAssignableFrom(type.resolve());
    }

}
