package com.masthead.staff;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * The newsroom roles. A token or an account holds one or more; the Spring Security authority is
 * {@code ROLE_} plus the enum name.
 */
public enum StaffRole {
    /** 记者: writes and edits own drafts. */
    REPORTER,
    /** 编辑: first review (初审), may edit. */
    EDITOR,
    /** 部门主任: second review (复审). */
    SECTION_CHIEF,
    /** 总编辑 and deputies: final review (终审), publish and unpublish. */
    EDITOR_IN_CHIEF,
    /** 审核员: moderates reader comments and handles correction and reprint requests. */
    MODERATOR,
    /** Users, channels, newspapers, settings. */
    ADMIN;

    /** The roles that write and edit articles: the article list, the editor and staff search are theirs. */
    public static final Set<StaffRole> WRITERS =
            Collections.unmodifiableSet(EnumSet.of(REPORTER, EDITOR, SECTION_CHIEF, EDITOR_IN_CHIEF));

    /** The enum names of {@code roles}, for Spring Security's {@code hasAnyRole}. */
    public static String[] names(Set<StaffRole> roles) {
        return roles.stream().map(Enum::name).toArray(String[]::new);
    }

    public String authority() {
        return "ROLE_" + name();
    }
}
