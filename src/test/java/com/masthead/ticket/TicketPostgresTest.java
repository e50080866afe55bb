package com.masthead.ticket;

import com.masthead.article.ArticleRevised;
import com.masthead.support.PostgresServer;
import com.masthead.support.SiteTestSupport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
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
 * Base of the ticket tests on PostgreSQL: as {@link TicketSqliteTest}, on a database of its own in the shared
 * embedded PostgreSQL server.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TicketTestConfiguration.class)
public abstract class TicketPostgresTest extends SiteTestSupport implements TicketSiteClient {

    private static final String DATABASE = "masthead_tickets";
    private static final Path DATA_DIR = createDataDir();

    @Autowired
    MutableClock clock;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    PlatformTransactionManager transactions;

    @DynamicPropertySource
    static void ticketPostgres(DynamicPropertyRegistry registry) {
        registry.add("masthead.data-dir", DATA_DIR::toString);
        registry.add("spring.datasource.url", TicketPostgresTest::databaseUrl);
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "postgres");
        TicketTestProperties.mail(registry, TicketTestProperties.POSTGRES_DESK);
    }

    @Override
    public Reader reader() {
        return new Reader(uri(""));
    }

    @Override
    public String desk() {
        return TicketTestProperties.POSTGRES_DESK;
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

    private static synchronized String databaseUrl() {
        String server = PostgresServer.jdbcUrl();
        try (Connection connection = DriverManager.getConnection(server, "postgres", "postgres");
                Statement statement = connection.createStatement()) {
            try (ResultSet exists =
                    statement.executeQuery("select 1 from pg_database where datname = '" + DATABASE + "'")) {
                if (!exists.next()) {
                    statement.execute("create database " + DATABASE);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the ticket test database", e);
        }
        return server.replaceFirst("/postgres(\\?|$)", "/" + DATABASE + "$1");
    }

    private static Path createDataDir() {
        try {
            return Files.createTempDirectory("masthead-tickets-postgres");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
