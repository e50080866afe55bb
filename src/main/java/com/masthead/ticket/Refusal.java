package com.masthead.ticket;

import com.masthead.shared.FieldProblem;
import java.util.List;
import java.util.Map;

/** A refused staff form: the problems to show at their fields and what was typed ({@code typed}, by field). */
public record Refusal(List<FieldProblem> problems, Map<String, String> typed) {}
