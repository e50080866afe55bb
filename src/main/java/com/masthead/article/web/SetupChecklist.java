package com.masthead.article.web;

import com.masthead.article.ReviewPolicies;
import com.masthead.channel.ChannelCatalog;
import com.masthead.mail.MailOutbox;
import com.masthead.settings.SiteSettingsService;
import com.masthead.staff.StaffAccount;
import com.masthead.staff.StaffAccounts;
import com.masthead.staff.StaffRole;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The first-run checklist on an admin's dashboard: what a new installation needs before it goes public. Each item
 * links to the screen that does it and is read from the live state, so it ticks itself once done.
 */
@Component
class SetupChecklist {

    /** The newsroom roles that each need at least one active account for a story to go through 三审. */
    private static final Set<StaffRole> NEWSROOM_ROLES = EnumSet.of(
            StaffRole.REPORTER,
            StaffRole.EDITOR,
            StaffRole.SECTION_CHIEF,
            StaffRole.EDITOR_IN_CHIEF,
            StaffRole.MODERATOR);

    private final SiteSettingsService settings;
    private final StaffAccounts accounts;
    private final ChannelCatalog channels;
    private final ReviewPolicies reviewPolicies;
    private final MailOutbox mail;

    SetupChecklist(
            SiteSettingsService settings,
            StaffAccounts accounts,
            ChannelCatalog channels,
            ReviewPolicies reviewPolicies,
            MailOutbox mail) {
        this.settings = settings;
        this.accounts = accounts;
        this.channels = channels;
        this.reviewPolicies = reviewPolicies;
        this.mail = mail;
    }

    List<SetupItem> items() {
        return List.of(
                new SetupItem("base-url", "/admin/settings", settings.baseUrlSet()),
                new SetupItem("site-name", "/admin/settings", settings.nameSet()),
                new SetupItem("accounts", "/admin/users", everyRoleHasAnAccount()),
                new SetupItem("review-levels", "/admin/channels", everyChannelHasReviewLevels()),
                new SetupItem("smtp", null, mail.smtpConfigured()));
    }

    private boolean everyRoleHasAnAccount() {
        Set<StaffRole> missing = EnumSet.copyOf(NEWSROOM_ROLES);
        for (StaffAccount account : accounts.all()) {
            if (account.active()) {
                missing.removeAll(account.roles());
            }
        }
        return missing.isEmpty();
    }

    private boolean everyChannelHasReviewLevels() {
        return channels.all().stream().allMatch(c -> reviewPolicies.isConfigured(c.id()));
    }
}
