package com.masthead.demo;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The font the demo's print pages are set in ({@code masthead.epaper.demo-font}): a TrueType font with Chinese
 * glyphs named WenQuanYiZenHei (PDFBox embeds TrueType only); default the Debian package fonts-wqy-zenhei's file.
 * Without it the demo newspaper comes without page PDFs.
 */
@ConfigurationProperties("masthead.epaper")
public record DemoEditionProperties(Path demoFont) {

    public DemoEditionProperties {
        demoFont = demoFont == null ? PrintPageLayout.DEFAULT_FONT.toPath() : demoFont;
    }
}
