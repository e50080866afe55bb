package com.masthead.edition;

import com.masthead.shared.ChangeSignals;
import com.masthead.shared.Snapshots;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The edition catalog over a bare database, outside Spring and alone (no other instance signals changes). */
public final class BenchEditions {

    private BenchEditions() {}

    public static EditionCatalog catalog(JdbcClient jdbc) {
        ChangeSignals alone = new ChangeSignals() {
            @Override
            public void send(String topic, String detail) {}

            @Override
            public void onRemote(String topic, Consumer<String> listener) {}
        };
        return new EditionCatalog(
                new EditionRepository(jdbc), new Snapshots(alone, Clock.systemUTC(), Duration.ofMinutes(1)));
    }
}
