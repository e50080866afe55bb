package com.masthead.wordpress;

import com.masthead.comment.CommentImport;
import com.masthead.comment.ImportedComment;
import java.time.Instant;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * A published post's comments: approved ones ({@code comment_approved} 1) are taken in approved, with the author's
 * name, the e-mail as the comment's private contact and the text without markup; pending, spam and trashed ones,
 * pingbacks and trackbacks are skipped with the reason.
 */
@Component
class WxrComments {

    private final CommentImport comments;

    WxrComments(CommentImport comments) {
        this.comments = comments;
    }

    void take(long articleId, Wxr.Item post, ReportBuilder report) {
        for (Wxr.Comment c : post.comments()) {
            String label = WxrRecords.label(post) + " / comment " + c.id();
            if (c.type() != null && !c.type().isEmpty() && !"comment".equals(c.type())) {
                report.skipped("comment", label, "comment-type", c.type());
                continue;
            }
            String state = c.approved().toLowerCase(Locale.ROOT);
            if (!state.equals("1")) {
                String reason =
                        state.equals("0") ? "pending" : state.equals("spam") || state.equals("trash") ? state : "other";
                report.skipped("comment", label, "comment-" + reason, state);
                continue;
            }
            Instant at = PostContent.gmt(c.dateGmt()).orElse(Instant.EPOCH);
            var outcome = comments.importApproved(
                    new ImportedComment(articleId, c.author(), c.email(), plain(c.content()), c.ip(), at));
            if (outcome.id() == null) {
                report.skipped(
                        "comment",
                        label,
                        "comment-"
                                + outcome.refusal()
                                        .name()
                                        .toLowerCase(Locale.ROOT)
                                        .replace('_', '-'),
                        null);
            } else {
                report.count("comments");
            }
        }
    }

    /** The comment's text without markup, the entities WordPress writes turned back into characters. */
    static String plain(String html) {
        if (html == null) {
            return "";
        }
        return html.replaceAll("(?i)<br\\s*/?>", "\n")
                .replaceAll("(?i)</p>\\s*<p>", "\n\n")
                .replaceAll("<[^>]*>", "")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&#039;", "'")
                .replace("&amp;", "&");
    }
}
