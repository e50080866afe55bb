package com.masthead.article;

import com.masthead.staff.StaffRole;
import java.util.List;

/**
 * The review levels a channel needs and who signs each: with three levels 初审 by an editor, 复审 by a section
 * chief and 终审 by the editor-in-chief (or a deputy); with two, 初审 and 终审; with one, 终审 only. The last
 * level is always the editor-in-chief's.
 */
public record ReviewLadder(int levels) {

    public static final int MAX_LEVELS = 3;

    public ReviewLadder {
        if (levels < 1 || levels > MAX_LEVELS) {
            throw new IllegalArgumentException("levels must be 1 to 3: " + levels);
        }
    }

    /** The role that signs {@code level} (1-based). */
    public StaffRole roleFor(int level) {
        List<StaffRole> roles = switch (levels) {
            case 1 -> List.of(StaffRole.EDITOR_IN_CHIEF);
            case 2 -> List.of(StaffRole.EDITOR, StaffRole.EDITOR_IN_CHIEF);
            default -> List.of(StaffRole.EDITOR, StaffRole.SECTION_CHIEF, StaffRole.EDITOR_IN_CHIEF);
        };
        return roles.get(level - 1);
    }

    public boolean isFinal(int level) {
        return level == levels;
    }

    /** The message key naming a level for people: 初审, 复审 or 终审. */
    public String nameKey(int level) {
        if (isFinal(level)) {
            return "review.level.final";
        }
        return level == 1 ? "review.level.first" : "review.level.second";
    }
}
