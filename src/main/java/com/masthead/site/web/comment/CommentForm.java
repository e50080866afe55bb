package com.masthead.site.web.comment;

import java.util.Map;

/**
 * The comment form: where it posts, its limits, the values and field errors to show again, a notice above it, and
 * the CSRF token (empty on the cached article page, where {@code /assets/comments.js} fills it in).
 */
public record CommentForm(
        String action,
        String standaloneUrl,
        boolean preModerated,
        int maxLength,
        int maxNicknameLength,
        int maxContactLength,
        String nickname,
        String text,
        String contact,
        Map<String, String> errors,
        String notice,
        String csrfToken) {

    public CommentForm {
        errors = Map.copyOf(errors);
    }

    public String error(String field) {
        return errors.get(field);
    }

    public boolean hasError(String field) {
        return errors.containsKey(field);
    }

    public String value(String field) {
        String value = switch (field) {
            case "nickname" -> nickname;
            case "text" -> text;
            default -> contact;
        };
        return value == null ? "" : value;
    }
}
