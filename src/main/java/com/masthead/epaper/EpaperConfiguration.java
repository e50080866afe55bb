package com.masthead.epaper;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({EpaperProperties.class, IntakeProperties.class})
class EpaperConfiguration {}
