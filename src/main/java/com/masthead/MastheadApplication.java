package com.masthead;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class MastheadApplication {

    public static void main(String[] args) {
        SpringApplication.run(MastheadApplication.class, args);
    }
}
