package id.redaksi.api;

import java.util.List;

/** One or more request parameters cannot be used; answered with a 400 naming each. */
class InvalidParameter extends RuntimeException {

    private final List<Problem.FieldError> errors;

    InvalidParameter(List<Problem.FieldError> errors) {
        super("invalid parameters: " + errors);
        this.errors = List.copyOf(errors);
    }

    static void throwIfAny(List<Problem.FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new InvalidParameter(errors);
        }
    }

    List<Problem.FieldError> errors() {
        return errors;
    }
}
