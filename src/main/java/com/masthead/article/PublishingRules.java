package com.masthead.article;

import com.masthead.shared.DisplayText;
import com.masthead.shared.FieldProblem;
import java.util.ArrayList;
import java.util.List;

/**
 * What an article must carry before readers may see it: a responsible editor (责任编辑), and for a reprint the
 * original's outlet, author, title and address. A draft may lack them; publishing, and revising a live article,
 * may not. A body that shows nothing is refused already on saving; it is checked here again for articles stored
 * before that rule.
 */
final class PublishingRules {

    private PublishingRules() {}

    static List<FieldProblem> check(ArticleContent content) {
        List<FieldProblem> problems = new ArrayList<>();
        if (ArticleBodySanitizer.showsNothing(content.body())) {
            problems.add(new FieldProblem("body", "article.body.required"));
        }
        if (DisplayText.isBlank(content.responsibleEditor())) {
            problems.add(new FieldProblem("responsibleEditor", "article.responsible-editor.required"));
        }
        if (content.isReprint()) {
            OriginalSource original = content.original();
            if (original == null || DisplayText.isBlank(original.outlet())) {
                problems.add(new FieldProblem("original.outlet", "article.reprint.outlet.required"));
            }
            if (original == null || DisplayText.isBlank(original.author())) {
                problems.add(new FieldProblem("original.author", "article.reprint.author.required"));
            }
            if (original == null || DisplayText.isBlank(original.title())) {
                problems.add(new FieldProblem("original.title", "article.reprint.title.required"));
            }
            if (original == null || DisplayText.isBlank(original.url())) {
                problems.add(new FieldProblem("original.url", "article.reprint.url.required"));
            }
        }
        return problems;
    }
}
