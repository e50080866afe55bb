package com.masthead.archive;

import com.masthead.storage.ObjectStore;
import com.masthead.support.MigratedDatabase;
import com.masthead.support.PostgresSiteTest;
import com.masthead.system.MastheadProperties;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;

class ArchivePostgresIntegrationTests extends PostgresSiteTest implements ArchiveRoundTripContract {

    private static final AtomicInteger DATABASES = new AtomicInteger();

    @Autowired
    private DataSourceProperties dataSource;

    @Autowired
    private MastheadProperties masthead;

    @Autowired
    private ObjectStore store;

    @Override
    public List<String> siteArguments() {
        return List.of(
                "--spring.datasource.url=" + dataSource.getUrl(),
                "--spring.datasource.username=" + dataSource.getUsername(),
                "--spring.datasource.password=" + dataSource.getPassword(),
                "--masthead.data-dir=" + masthead.dataDir());
    }

    @Override
    public ObjectStore siteStore() {
        return store;
    }

    @Override
    public MigratedDatabase sameKind() throws Exception {
        return MigratedDatabase.postgres(
                "archive_from_postgres_" + ProcessHandle.current().pid() + "_" + DATABASES.incrementAndGet());
    }

    @Override
    public MigratedDatabase otherKind() throws Exception {
        return MigratedDatabase.sqlite();
    }
}
