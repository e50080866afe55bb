package com.masthead.system;

import com.masthead.shared.BootstrapLock;
import java.time.Clock;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.SQLExceptionTranslator;

/**
 * One cluster-wide owner for work that must run once however many instances share the database: ShedLock with its
 * JDBC lock table {@code shedlock} (V15_5). A scheduled method annotated with {@code @SchedulerLock(name = …)} runs
 * on the instance that takes the lock; the others skip that run. Start-up work (the first admin, the demo content)
 * runs through the {@link LockingTaskExecutor}. Lock times come from each instance's clock: SQLite has no server
 * clock ShedLock can read, so {@code lockAtMostFor} values leave minutes for drift.
 */
@Configuration(proxyBeanMethods = false)
@EnableSchedulerLock(defaultLockAtMostFor = "PT10M")
class JobLockConfiguration {

    // SQLite's result code for a constraint violation (here: the lock row exists already)
    private static final int SQLITE_CONSTRAINT = 19;

    @Bean
    LockProvider lockProvider(DataSource dataSource) {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        // Spring has no error codes for SQLite: without this, ShedLock would log every taken lock's insert as an
        // unexpected error instead of the duplicate key it is.
        SQLExceptionTranslator standard = jdbc.getExceptionTranslator();
        jdbc.setExceptionTranslator((task, sql, e) ->
                e.getClass().getName().startsWith("org.sqlite.") && (e.getErrorCode() & 0xff) == SQLITE_CONSTRAINT
                        ? new DuplicateKeyException(task + ": " + e.getMessage(), e)
                        : standard.translate(task, sql, e));
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(jdbc)
                .withTableName("shedlock")
                .build());
    }

    @Bean
    LockingTaskExecutor lockingTaskExecutor(LockProvider locks) {
        return new DefaultLockingTaskExecutor(locks);
    }

    @Bean
    BootstrapLock bootstrapLock(LockingTaskExecutor locks, JobLockRepository lockRows) {
        // ShedLock stamps lock_until with its own clock (the system's), also when it releases a lock; the row must be
        // read with that clock, never the application's (tests and demo installs move that one: a clock months
        // behind would see a released lock as held and wait for it)
        return new ShedLockBootstrapLock(locks, lockRows, Clock.systemUTC());
    }
}
