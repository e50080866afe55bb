package com.masthead.staff;

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

    public String authority() {
        return "ROLE_" + name();
    }
}
