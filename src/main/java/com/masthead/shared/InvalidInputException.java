package com.masthead.shared;

import java.util.List;

/**
 * Thrown when a request is well-formed but breaks a rule of the domain (a reprint without its original outlet,
 * publishing without a responsible editor). It always names every offending field; the web layer turns it into
 * a 400 problem document. Thrown before anything is written, or inside the transaction that it rolls back.
 */
public class InvalidInputException extends RuntimeException {

    private final transient List<FieldProblem> problems;

    public InvalidInputException(List<FieldProblem> problems) {
        super("invalid input: " + problems.stream().map(FieldProblem::field).toList());
        this.problems = List.copyOf(problems);
    }

    public InvalidInputException(String field, String messageKey, Object... arguments) {
        this(List.of(new FieldProblem(field, messageKey, arguments)));
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
