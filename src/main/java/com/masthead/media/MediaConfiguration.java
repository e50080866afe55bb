package com.masthead.media;

import javax.imageio.ImageIO;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MediaProperties.class)
class MediaConfiguration {

    MediaConfiguration() {
        // ImageIO registers its plug-ins once, from the class loader that first touches it; in a packaged
        // application that may not see the TwelveMonkeys JPEG and WebP readers, so register them again here.
        ImageIO.scanForPlugins();
        // Uploads are at most a few megabytes and already in memory; without this, every decode of a stream
        // would copy it into a temporary file first.
        ImageIO.setUseCache(false);
    }
}
