package com.masthead.support;

import com.masthead.staff.StaffAccount;
import com.masthead.staff.StaffRole;
import java.net.http.HttpResponse;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * What a contract test needs from the running site. Contracts are interfaces with default test methods, so one
 * contract runs against SQLite and PostgreSQL by being implemented by one test class per database.
 */
public interface SiteClient {

    HttpResponse<String> get(String path);

    Document page(String path);

    SiteTestSupport.ApiCall api(String method, String path);

    JsonNode parse(String body);

    /** A staff account with these roles and the test password, created on first use. */
    StaffAccount staffAccount(String login, StaffRole... roles);

    /**
     * A staff account limited to {@code channelIds} (empty: every channel), created on first use with these roles
     * and the test password.
     */
    StaffAccount staffAccountIn(String login, Set<Long> channelIds, StaffRole... roles);

    /** A client logged in as an account limited to {@code channelIds}, created on first use. */
    StaffSession loginAsIn(String login, Set<Long> channelIds, StaffRole... roles);

    /** The secret of an API token with {@code role} owned by the existing account {@code owner}, issued on first use. */
    String tokenFor(String owner, StaffRole role);

    /** A fresh, logged-out client for the staff UI. */
    StaffSession newStaffSession();

    /** A client logged in to the staff UI as this account (created on first use with these roles). */
    StaffSession loginAs(String login, StaffRole... roles);

    /** The application's database: to store what the application itself would no longer accept. */
    JdbcClient database();

    /** Rows in a table: how tests prove that a refused request saved nothing. */
    long countRows(String table);

    default ContentFixtures fixtures() {
        return new ContentFixtures(this);
    }
}
