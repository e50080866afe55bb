package com.masthead.popularity;

import java.util.Locale;
import java.util.regex.Pattern;

/** Recognises obvious robots by their User-Agent; a missing User-Agent counts as a robot too. */
final class Bots {

    private static final Pattern ROBOT = Pattern.compile(
            "bot|crawl|spider|slurp|baiduspider|yandex|bingpreview|facebookexternalhit|headless|phantom|"
                    + "curl|wget|python|java/|okhttp|go-http|libwww|httpclient|scrapy|monitor|preview|lighthouse");

    private Bots() {}

    static boolean isRobot(String userAgent) {
        return userAgent == null
                || userAgent.isBlank()
                || ROBOT.matcher(userAgent.toLowerCase(Locale.ROOT)).find();
    }
}
