package com.masthead.structure.web;

import jakarta.validation.Validator;
import org.springframework.stereotype.Component;

/** Starts reading a submitted form with the application's bean validator. */
@Component
class Forms {

    private final Validator validator;

    Forms(Validator validator) {
        this.validator = validator;
    }

    FormInput read() {
        return new FormInput(validator);
    }
}
