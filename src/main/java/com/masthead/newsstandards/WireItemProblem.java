package com.masthead.newsstandards;

import com.masthead.shared.FieldProblem;
import com.masthead.shared.InvalidInputException;
import java.util.List;

/** Refusals of a wire item, each naming the field of the item (in the item's own terms) and a message key. */
final class WireItemProblem {

    private WireItemProblem() {}

    static InvalidInputException malformed(String detail) {
        return new InvalidInputException("item", "wire.item.malformed", detail);
    }

    static InvalidInputException doctypeRefused() {
        return new InvalidInputException("item", "wire.item.doctype");
    }

    static InvalidInputException invalid(List<FieldProblem> problems) {
        return new InvalidInputException(problems);
    }
}
