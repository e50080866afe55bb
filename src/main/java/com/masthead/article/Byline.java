package com.masthead.article;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.function.BiFunction;

/**
 * One credited person on an article, as printed: an optional prefix that replaces the role's usual wording
 * ("新华社记者" instead of "本报记者"), the name, and an optional suffix ("整理", "摄"). {@code 本报记者 丁莹 整理} is
 * a REPORTER named 丁莹 with the suffix 整理.
 */
public record Byline(
        @NotNull BylineRole role,
        @NotBlank @Size(max = 60) String name,
        @Size(max = 20) String prefix,
        @Size(max = 20) String suffix) {

    public Byline {
        prefix = prefix == null || prefix.isBlank() ? null : prefix.strip();
        suffix = suffix == null || suffix.isBlank() ? null : suffix.strip();
    }

    public Byline(BylineRole role, String name) {
        this(role, name, null, null);
    }

    /**
     * The printed line. {@code roleWording} words the role with the name (from the message bundle); it is used when
     * there is no prefix of its own.
     */
    public String printed(BiFunction<String, String, String> roleWording) {
        String head = prefix == null ? roleWording.apply(role.messageKey(), name) : prefix + " " + name;
        return suffix == null ? head : head + " " + suffix;
    }
}
