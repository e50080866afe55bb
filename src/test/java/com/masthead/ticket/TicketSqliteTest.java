package com.masthead.ticket;

import com.masthead.article.ArticleRevised;
import com.masthead.support.SiteTestSupport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Base of the ticket tests on SQLite: the whole application over real HTTP, on a database file of its own (so
 * that no other test context's mail dispatcher sends this context's mail), with mail going to the in-process SMTP
 * server and a clock the tests move. All subclasses share one application context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TicketTestConfiguration.class)
public abstract class TicketSqliteTest extends SiteTestSupport implements TicketSiteClient {

    private static final Path DATA_DIR = createDataDir();

    @Autowired
    MutableClock clock;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    PlatformTransactionManager transactions;

    @DynamicPropertySource
    static void ticketSqlite(DynamicPropertyRegistry registry) {
        registry.add("masthead.data-dir", DATA_DIR::toString);
        registry.add(
                "spring.datasource.url",
                () -> "jdbc:sqlite:" + DATA_DIR.resolve("masthead.db")
                        + "?journal_mode=WAL&busy_timeout=10000&foreign_keys=true&transaction_mode=IMMEDIATE");
        TicketTestProperties.mail(registry, TicketTestProperties.SQLITE_DESK);
    }

    @Override
    public Reader reader() {
        return new Reader(uri(""));
    }

    @Override
    public String desk() {
        return TicketTestProperties.SQLITE_DESK;
    }

    @Override
    public MutableClock clock() {
        return clock;
    }

    @Override
    public SiteTestSupport support() {
        return this;
    }

    @Override
    public JdbcClient database() {
        return jdbc;
    }

    @Override
    public void correctedVersionWentLive(long articleId, long channelId) {
        new TransactionTemplate(transactions)
                .executeWithoutResult(status -> events.publishEvent(
                        new ArticleRevised(articleId, true, channelId, null, null, channelId, null, null, false)));
    }

    private static Path createDataDir() {
        try {
            return Files.createTempDirectory("masthead-tickets-sqlite");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
