package com.masthead.archive;

import com.masthead.support.MigratedDatabase;

class ArchiveImportSqliteIntegrationTests implements ArchiveImportContract {

    @Override
    public MigratedDatabase emptyDatabase() throws Exception {
        return MigratedDatabase.sqlite();
    }
}
