package com.masthead.reprint;

import java.util.List;
import org.springframework.stereotype.Service;

/** Granted reprint licences per article, for staff deciding whether a reprint they see is covered. */
@Service
public class ReprintLicences {

    static final int MAX_PER_ARTICLE = 200;

    private final ReprintRequestRepository requests;

    ReprintLicences(ReprintRequestRepository requests) {
        this.requests = requests;
    }

    /** Granted requests covering the article, newest decision first, expired ones included. */
    public List<ReprintRequest> grantedFor(long articleId) {
        return requests.grantedFor(articleId, MAX_PER_ARTICLE);
    }
}
