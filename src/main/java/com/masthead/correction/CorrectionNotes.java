package com.masthead.correction;

import com.masthead.shared.PageRequest;
import com.masthead.shared.PageResult;
import java.util.List;
import org.springframework.stereotype.Service;

/** The public side of corrections: the notes under an article and the site-wide list, newest first. */
@Service
public class CorrectionNotes {

    /** The page-cache tag of pages listing correction notes (the corrections page); evicted on publication. */
    public static final String LIST_TAG = "list:corrections";

    private final CorrectionRequestRepository requests;

    CorrectionNotes(CorrectionRequestRepository requests) {
        this.requests = requests;
    }

    /** Public notes of one article in the order they were published; one query. */
    public List<CorrectionNote> forArticle(long articleId) {
        return requests.notes(articleId);
    }

    /** Which of these articles have a public note (a print page marks their areas); one query. */
    public java.util.Set<Long> correctedAmong(java.util.Collection<Long> articleIds) {
        return requests.withNotes(articleIds);
    }

    /** Every public note, newest first. */
    public PageResult<CorrectionNote> published(PageRequest page) {
        return requests.published(page);
    }
}
