package org.aiip.tracker.api.internal;

import java.util.List;

/**
 * Query parameters that the API could not use; answered with 400 and one entry per parameter in the
 * problem detail's {@code errors}.
 */
class InvalidParametersException extends RuntimeException {

    private final List<InvalidParameter> parameters;

    InvalidParametersException(List<InvalidParameter> parameters) {
        super("Invalid parameters " + parameters.stream().map(InvalidParameter::field).toList());
        this.parameters = List.copyOf(parameters);
    }

    InvalidParametersException(InvalidParameter parameter) {
        this(List.of(parameter));
    }

    List<InvalidParameter> parameters() {
        return this.parameters;
    }

    /**
     * One parameter and why it was refused.
     *
     * @param messageCode the key of the message in {@code messages/api*.properties}
     * @param arguments the message's arguments
     */
    record InvalidParameter(String field, String messageCode, Object... arguments) {
    }

}
