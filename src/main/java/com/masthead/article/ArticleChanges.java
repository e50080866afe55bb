package com.masthead.article;

import com.masthead.staff.StaffMember;
import java.util.ArrayList;
import java.util.List;

/** What the {@link Article}'s transitions ask {@link ArticleStore} to write besides the row. */
final class ArticleChanges {

    /** A revision to store. */
    record NewRevision(int number, ArticleContent content, StaffMember author, String note) {}

    final List<NewRevision> revisions = new ArrayList<>();
    final List<ReviewStep> steps = new ArrayList<>();
    boolean voidSignOffs;

    void clear() {
        revisions.clear();
        steps.clear();
        voidSignOffs = false;
    }
}
