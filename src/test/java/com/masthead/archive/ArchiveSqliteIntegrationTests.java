package com.masthead.archive;

import com.masthead.storage.ObjectStore;
import com.masthead.support.MigratedDatabase;
import com.masthead.support.SqliteSiteTest;
import com.masthead.system.MastheadProperties;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;

class ArchiveSqliteIntegrationTests extends SqliteSiteTest implements ArchiveRoundTripContract {

    private static final AtomicInteger DATABASES = new AtomicInteger();

    @Autowired
    private DataSourceProperties dataSource;

    @Autowired
    private MastheadProperties masthead;

    @Autowired
    private ObjectStore store;

    @Override
    public List<String> siteArguments() {
        return List.of("--spring.datasource.url=" + dataSource.getUrl(), "--masthead.data-dir=" + masthead.dataDir());
    }

    @Override
    public ObjectStore siteStore() {
        return store;
    }

    @Override
    public MigratedDatabase sameKind() throws Exception {
        return MigratedDatabase.sqlite();
    }

    @Override
    public MigratedDatabase otherKind() throws Exception {
        return MigratedDatabase.postgres(
                "archive_from_sqlite_" + ProcessHandle.current().pid() + "_" + DATABASES.incrementAndGet());
    }
}
