package com.masthead.article;

import com.masthead.shared.ForbiddenException;
import com.masthead.staff.StaffMember;
import com.masthead.staff.StaffRole;
import java.util.Set;

/**
 * The one rule for who may publish, schedule, cancel a schedule and take down an article: the editor-in-chief; an
 * API token with the editor-in-chief's or an admin's role (the import and wire path); the system (scheduled
 * publishing, demo data). {@link Article} applies it in its transitions; the newsroom's URL rules read the same
 * roles from here so that a request nobody in that role may make is refused (403) before its form is read.
 */
public final class PublishingRights {

    /** The staff role that may publish from the newsroom's screens. */
    public static final StaffRole PERSON = StaffRole.EDITOR_IN_CHIEF;

    /** The roles of API tokens that may publish and take down. */
    public static final Set<StaffRole> TOKENS = Set.of(StaffRole.EDITOR_IN_CHIEF, StaffRole.ADMIN);

    private PublishingRights() {}

    /** @throws ForbiddenException naming the role needed, unless {@code by} may publish */
    static void check(StaffMember by) {
        boolean token = by.isApiToken() && TOKENS.stream().anyMatch(by::has);
        if (!by.isSystem() && !by.has(PERSON) && !token) {
            throw new ForbiddenException("review.forbidden.role", PERSON.name());
        }
    }
}
