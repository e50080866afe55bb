package com.masthead.backoffice;

import jakarta.validation.Validator;
import org.springframework.stereotype.Component;

/** Starts reading a submitted form with the application's bean validator. */
@Component
public class Forms {

    private final Validator validator;

    public Forms(Validator validator) {
        this.validator = validator;
    }

    public FormInput read() {
        return new FormInput(validator);
    }
}
