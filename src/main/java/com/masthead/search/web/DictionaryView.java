package com.masthead.search.web;

import java.util.List;

/** What {@code admin/search/dictionary.jte} shows: the terms, the add form as typed, and the index's state. */
public record DictionaryView(
        List<Row> terms, List<Option> kinds, String typedTerm, String typedKind, boolean rebuilding, String notice) {

    /** One dictionary term with its kind in words and when it was added. */
    public record Row(long id, String term, String kind, String added) {}

    /** A kind to choose: the stored value and its label. */
    public record Option(String value, String label) {}
}
