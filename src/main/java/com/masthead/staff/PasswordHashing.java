package com.masthead.staff;

import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Staff passwords are hashed with Argon2id at OWASP's minimum parameters (19 MiB of memory, 2 iterations, one
 * lane; random 16-byte salt, 32-byte hash) and stored with an {@code {argon2}} prefix, so the algorithm can be
 * raised later while old hashes still verify. A hash made with less memory or fewer iterations (Masthead before
 * 2026-12 used Spring Security's 16 MiB) or with bcrypt (accounts imported from another system) still verifies
 * and is replaced at the next successful login.
 */
@Configuration(proxyBeanMethods = false)
class PasswordHashing {

    static final int SALT_BYTES = 16;
    static final int HASH_BYTES = 32;
    static final int PARALLELISM = 1;
    static final int MEMORY_KIB = 19_456;
    static final int ITERATIONS = 2;

    @Bean
    PasswordEncoder passwordEncoder() {
        return new DelegatingPasswordEncoder(
                "argon2",
                Map.of(
                        "argon2",
                        new Argon2PasswordEncoder(SALT_BYTES, HASH_BYTES, PARALLELISM, MEMORY_KIB, ITERATIONS),
                        "bcrypt",
                        new BCryptPasswordEncoder()));
    }
}
