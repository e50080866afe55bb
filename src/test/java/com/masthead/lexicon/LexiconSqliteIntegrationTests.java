package com.masthead.lexicon;

import com.masthead.staff.StaffRole;
import com.masthead.support.SqliteSiteTest;
import java.net.URI;

/** The lexicon API over real HTTP on SQLite. */
class LexiconSqliteIntegrationTests extends SqliteSiteTest implements LexiconContract {

    @Override
    public URI address(String path) {
        return uri(path);
    }

    @Override
    public String tokenOf(StaffRole role) {
        return token(role);
    }
}
