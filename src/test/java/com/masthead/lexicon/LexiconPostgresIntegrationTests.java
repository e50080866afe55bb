package com.masthead.lexicon;

import com.masthead.staff.StaffRole;
import com.masthead.support.PostgresSiteTest;
import java.net.URI;

/** The lexicon API over real HTTP on PostgreSQL. */
class LexiconPostgresIntegrationTests extends PostgresSiteTest implements LexiconContract {

    @Override
    public URI address(String path) {
        return uri(path);
    }

    @Override
    public String tokenOf(StaffRole role) {
        return token(role);
    }
}
