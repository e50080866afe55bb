package com.masthead.backoffice.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.masthead.support.SiteClient;
import com.masthead.support.StaffSession;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** What the structure-screen contracts need from the running application, and their shared checks. */
public interface AdminScreens extends SiteClient {

    /** A bean of the running application (a module's service, to set up or check state). */
    <T> T bean(Class<T> type);

    /** The address of a path on the running application. */
    URI uri(String path);

    /** Every visible form control in the page's main area has a label: by {@code for}, by nesting, or by ARIA. */
    default void thenEveryControlIsLabelled(Document page) {
        List<String> unlabelled = new ArrayList<>();
        for (Element control :
                page.select("main input:not([type=hidden]):not([type=submit]), main select, main textarea")) {
            String id = control.id();
            boolean byFor =
                    !id.isEmpty() && !page.select("label[for=" + id + "]").isEmpty();
            boolean nested = !control.parents().select("label").isEmpty();
            boolean aria = control.hasAttr("aria-label") || control.hasAttr("aria-labelledby");
            if (!byFor && !nested && !aria) {
                unlabelled.add(control.outerHtml());
            }
        }
        assertThat(page.select("main input, main select, main textarea")).isNotEmpty();
        assertThat(unlabelled).as("controls without a label").isEmpty();
    }

    /** The refused form came back (200) with the message next to the field, and the field marked invalid. */
    default Document thenRefusedAt(HttpResponse<String> response, String field) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        Document page = Jsoup.parse(response.body());
        assertThat(page.select("#" + field + "-error").text())
                .as("error message for " + field)
                .isNotBlank();
        assertThat(page.select("[role=alert]")).isNotEmpty();
        return page;
    }

    /** The form was accepted: a redirect to {@code pathStart}; returns the page it leads to. */
    default Document thenSavedAndRedirectedTo(StaffSession session, HttpResponse<String> response, String pathStart) {
        assertThat(response.statusCode()).as(response.body()).isIn(302, 303);
        assertThat(response.headers().firstValue("Location").orElseThrow()).contains(pathStart);
        return session.follow(response);
    }
}
