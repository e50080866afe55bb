package com.masthead.popularity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BotsTests {

    @Test
    void recognisesCrawlersToolsAndMissingUserAgents() {
        assertThat(Bots.isRobot("Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)"))
                .isTrue();
        assertThat(Bots.isRobot("Mozilla/5.0 (compatible; Baiduspider/2.0)")).isTrue();
        assertThat(Bots.isRobot("curl/8.5.0")).isTrue();
        assertThat(Bots.isRobot("Mozilla/5.0 HeadlessChrome/120.0")).isTrue();
        assertThat(Bots.isRobot("")).isTrue();
        assertThat(Bots.isRobot(null)).isTrue();
    }

    @Test
    void letsBrowsersThrough() {
        assertThat(Bots.isRobot("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
                        + "Chrome/131.0 Safari/537.36"))
                .isFalse();
        assertThat(Bots.isRobot("Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 "
                        + "(KHTML, like Gecko) Version/17.0 Mobile/15E148 Safari/604.1 MicroMessenger/8.0"))
                .isFalse();
    }
}
