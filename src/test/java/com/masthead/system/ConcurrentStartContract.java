package com.masthead.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.masthead.pagecache.TwoInstances;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Three instances starting at the same moment on one empty database, demo content switched on: all three come up
 * healthy, and the start-up bootstraps happen once between them (one first admin and its password, one first API
 * token, the demo newspaper and its newsroom accounts once).
 */
@ExtendWith(OutputCaptureExtension.class)
interface ConcurrentStartContract {

    TwoInstances instances();

    /** Properties of a new, empty database. */
    Map<String, Object> emptyDatabase() throws Exception;

    @Test
    default void threeInstancesStartingTogetherBootstrapOnce(CapturedOutput output) throws Exception {
        Map<String, Object> database = emptyDatabase();
        ExecutorService starters = Executors.newFixedThreadPool(3);
        List<Future<TwoInstances.Instance>> starts = new ArrayList<>();
        for (String name : List.of("together-a", "together-b", "together-c")) {
            starts.add(starters.submit(
                    () -> instances().start(name, database, Map.of("masthead.seed-demo-content", true))));
        }
        List<TwoInstances.Instance> started = new ArrayList<>();
        for (Future<TwoInstances.Instance> start : starts) {
            started.add(start.get(10, TimeUnit.MINUTES));
        }
        starters.shutdown();

        // (several applications in one JVM may print a log line twice: what is printed is told apart by its value)
        String log = output.getOut();
        assertThat(printed(log, "one-time password \\(shown only this once\\):\\R\\s+(\\S+)"))
                .hasSize(1);
        assertThat(
                        printed(
                                log,
                                "New API token \"initial-admin\" with role ADMIN written to \\(owner-only file\\):\\R\\s+(\\S+)"))
                .hasSize(1);
        assertThat(printed(log, "Seeded the demo newspaper: (\\d+ articles in \\d+ ms)"))
                .hasSize(1);
        JdbcClient shared = started.get(0).jdbc();
        assertThat(count(shared, "select count(*) from staff_account where login = 'admin'"))
                .isEqualTo(1);
        assertThat(count(shared, "select count(*) from api_token where name = 'initial-admin'"))
                .isEqualTo(1);
        assertThat(count(shared, "select count(*) from staff_account where login = 'demo-reporter'"))
                .isEqualTo(1);
        assertThat(count(shared, "select count(*) from article")).isPositive();
        assertThat(count(shared, "select count(*) - count(distinct title) from article"))
                .isZero();
        // healthy once each has built its search index (readiness waits for that)
        for (TwoInstances.Instance instance : started) {
            await().atMost(Duration.ofSeconds(90))
                    .untilAsserted(
                            () -> assertThat(instance.get("/actuator/health").statusCode())
                                    .isEqualTo(200));
        }
    }

    private static Set<String> printed(String log, String regex) {
        Set<String> values = new HashSet<>();
        Matcher matcher = Pattern.compile(regex).matcher(log);
        while (matcher.find()) {
            values.add(matcher.group(1));
        }
        return values;
    }

    private static long count(JdbcClient database, String sql) {
        return database.sql(sql).query(Long.class).single();
    }
}
