package com.masthead.wordpress;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({WordPressProperties.class, WxrCommandProperties.class})
class WordPressConfiguration {}
