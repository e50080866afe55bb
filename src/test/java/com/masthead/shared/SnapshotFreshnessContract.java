package com.masthead.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.masthead.article.ReviewPolicies;
import com.masthead.channel.Channel;
import com.masthead.channel.ChannelCatalog;
import com.masthead.channel.ChannelDraft;
import com.masthead.channel.ChannelEditing;
import com.masthead.settings.SiteSettings;
import com.masthead.settings.SiteSettingsDraft;
import com.masthead.settings.SiteSettingsService;
import com.masthead.support.SiteClient;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * In-memory snapshots of shared data follow the database after commit: a change is shown at once when its
 * transaction commits, read back by the changing transaction itself, and never shown when it rolls back.
 */
interface SnapshotFreshnessContract extends SiteClient {

    <T> T bean(Class<T> type);

    @Test
    default void aChannelChangeRolledBackWithItsReviewLevelsIsNeverShown() {
        ChannelCatalog catalog = bean(ChannelCatalog.class);
        Channel channel =
                catalog.require(fixtures().channel("回滚栏目", null).get("id").asLong(), null);

        assertThatThrownBy(() -> bean(TransactionTemplate.class).executeWithoutResult(status -> {
                    Channel renamed =
                            bean(ChannelEditing.class).update(channel.id(), channel.version(), rename(channel));
                    assertThat(renamed.name()).isEqualTo("回滚后不应出现");
                    assertThat(catalog.require(channel.id(), null).name()).isEqualTo("回滚后不应出现");
                    bean(ReviewPolicies.class).setLevels(channel.id(), 7, "snapshot-test");
                }))
                .isInstanceOf(InvalidInputException.class);

        assertThat(catalog.require(channel.id(), null)).isEqualTo(channel);
        assertThat(bean(ReviewPolicies.class).levelsFor(channel.id())).isEqualTo(3);
    }

    @Test
    default void aCommittedChannelChangeIsShownAtOnce() {
        ChannelCatalog catalog = bean(ChannelCatalog.class);
        Channel channel =
                catalog.require(fixtures().channel("提交栏目", null).get("id").asLong(), null);

        bean(ChannelEditing.class).update(channel.id(), channel.version(), rename(channel));
        bean(ReviewPolicies.class).setLevels(channel.id(), 2, "snapshot-test");

        assertThat(catalog.require(channel.id(), null).name()).isEqualTo("回滚后不应出现");
        assertThat(bean(ReviewPolicies.class).levelsFor(channel.id())).isEqualTo(2);
    }

    @Test
    default void aSiteSettingsChangeThatRollsBackIsNeverShown() {
        SiteSettingsService settings = bean(SiteSettingsService.class);
        SiteSettings before = settings.latest();
        assertThat(settings.current()).isEqualTo(before);

        assertThatThrownBy(() -> bean(TransactionTemplate.class).executeWithoutResult(status -> {
                    settings.update(retitled(before), before.version());
                    assertThat(settings.current().name()).isEqualTo("回滚站名");
                    throw new IllegalStateException("a later step of the same transaction failed");
                }))
                .isInstanceOf(IllegalStateException.class);

        assertThat(settings.current()).isEqualTo(before);
    }

    private static ChannelDraft rename(Channel channel) {
        return new ChannelDraft(
                channel.parentId(),
                "回滚后不应出现",
                channel.slug(),
                channel.position(),
                channel.description(),
                channel.visible());
    }

    private static SiteSettingsDraft retitled(SiteSettings s) {
        return new SiteSettingsDraft(
                "回滚站名",
                s.tagline(),
                s.baseUrl(),
                s.timeZone().getId(),
                s.originalStatement(),
                s.reprintStatement(),
                s.footerLines(),
                s.logoUrl());
    }
}
