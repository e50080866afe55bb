package com.masthead.edition;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Issues going live at their time ({@code masthead.edition.*}).
 *
 * @param goLivePoll how often an instance publishes prepared issues whose go-live time has come (default 15 s)
 */
@ConfigurationProperties("masthead.edition")
record IssueGoLiveProperties(Duration goLivePoll) {

    IssueGoLiveProperties {
        goLivePoll = goLivePoll == null || goLivePoll.isNegative() || goLivePoll.isZero()
                ? Duration.ofSeconds(15)
                : goLivePoll;
    }
}
