package com.masthead.search;

import java.util.ArrayList;
import java.util.List;

/**
 * Answers searches from the public site, the staff search page and the staff API. A staff search (any scope but
 * {@link SearchScope#PUBLISHED}) first catches the index up with the database, so a draft saved a moment ago is
 * found.
 */
@org.springframework.stereotype.Service
public class Searching {

    private static final int MAX_SUGGESTIONS = 5;

    private final SearchIndex index;
    private final SearchIndexing indexing;

    Searching(SearchIndex index, SearchIndexing indexing) {
        this.index = index;
        this.indexing = indexing;
    }

    public SearchResults search(SearchQuery query) {
        if (query.scope() != SearchScope.PUBLISHED) {
            indexing.catchUp();
        }
        return index.search(query);
    }

    /**
     * Shorter searches that would find something, for a page with no results: each word of a several-word query
     * alone, then the words of the query as the index reads them (dictionary terms whole, smartcn for the rest).
     * Each suggestion is known to have hits.
     */
    public List<String> suggestions(SearchQuery query) {
        List<String> candidates = new ArrayList<>();
        List<String> parts = LuceneQueries.parts(query.text());
        if (parts.size() > 1) {
            candidates.addAll(parts);
        }
        for (String part : parts) {
            // the current index's reading, so a newsroom dictionary term is suggested whole
            index.words(part).stream()
                    .filter(w -> w.length() > 1 && !candidates.contains(w))
                    .forEach(candidates::add);
        }
        List<String> found = new ArrayList<>();
        for (String candidate : candidates) {
            if (!candidate.equals(query.text()) && index.count(query.withText(candidate)) > 0) {
                found.add(candidate);
                if (found.size() == MAX_SUGGESTIONS) {
                    break;
                }
            }
        }
        return found;
    }
}
