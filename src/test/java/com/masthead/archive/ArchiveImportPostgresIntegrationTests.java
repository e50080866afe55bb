package com.masthead.archive;

import com.masthead.support.MigratedDatabase;
import java.util.concurrent.atomic.AtomicInteger;

class ArchiveImportPostgresIntegrationTests implements ArchiveImportContract {

    private static final AtomicInteger DATABASES = new AtomicInteger();

    @Override
    public MigratedDatabase emptyDatabase() throws Exception {
        return MigratedDatabase.postgres(
                "archive_import_" + ProcessHandle.current().pid() + "_" + DATABASES.incrementAndGet());
    }
}
