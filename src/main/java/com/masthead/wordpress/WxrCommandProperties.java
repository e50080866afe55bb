package com.masthead.wordpress;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The one-shot import command: {@code --masthead.import-wxr=<file.xml>} imports that WordPress export on start,
 * printing progress lines and the report, and the application runs on; {@code --masthead.import-wxr-uploads=<dir>}
 * is a copy of the old site's {@code wp-content/uploads}, where pictures are found by their path in the
 * attachment's URL. Both unset by default.
 */
@ConfigurationProperties("masthead")
public record WxrCommandProperties(Path importWxr, Path importWxrUploads) {}
