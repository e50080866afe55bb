package com.masthead.article;

import static org.assertj.core.api.Assertions.assertThat;

import com.masthead.shared.PageRequest;
import com.masthead.support.SiteClient;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Channel listings count their total only as far as readers can page. */
public interface ChannelListingContract extends SiteClient {

    ArticleReading reading();

    @Test
    default void theTotalIsExactBelowTheCapAndTheCapAboveIt() {
        long channel = fixtures().channel("计数栏目", null).get("id").asLong();
        for (int i = 0; i < 3; i++) {
            fixtures().article(channel).publish();
        }
        fixtures().article(channel).create(); // a draft: never listed, never counted

        var exact = reading().inChannels(List.of(channel), new PageRequest(1, 2), 10);
        assertThat(exact.total()).isEqualTo(3);
        assertThat(exact.items()).hasSize(2);
        assertThat(exact.totalPages()).isEqualTo(2);

        var capped = reading().inChannels(List.of(channel), new PageRequest(2, 1), 2);
        assertThat(capped.total()).isEqualTo(2);
        assertThat(capped.items()).hasSize(1);
        assertThat(capped.hasNext()).isFalse();
    }
}
