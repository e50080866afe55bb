package com.masthead.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.masthead.staff.StaffRole;
import com.masthead.support.ContentFixtures;
import com.masthead.support.StaffSession;
import java.net.http.HttpResponse;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** {@code /admin/audit} in the staff UI: administrators filter, page and verify; nobody else gets in. */
interface AuditAdminPageContract extends AuditTestAccess {

    @Test
    default void adminsFilterAndPageTheTrail() {
        String subject = ContentFixtures.unique("article");
        for (int i = 1; i <= 53; i++) {
            String detail = "<b>step</b> " + i;
            inTransaction(() -> publish(new TestNoteRecorded("王编辑", subject, detail)));
        }
        StaffSession admin = loginAs("audit-admin", StaffRole.ADMIN);

        Document first = admin.page("/admin/audit?subject=" + subject);

        assertThat(first.select("nav a[href=/admin/audit]")).hasSize(1);
        assertThat(first.select("table tbody tr")).hasSize(50);
        assertThat(first.select("table tbody tr").first().select("td").eachText())
                .contains("王编辑", TestNoteRecorded.ACTION, subject, "<b>step</b> 53");
        assertThat(first.select("input#subject").val()).isEqualTo(subject);
        String next = first.select("a[rel=next]").attr("href");
        assertThat(next).contains("subject=" + subject).contains("page=2");
        Document second = admin.page(next);
        assertThat(second.select("table tbody tr")).hasSize(3);
        assertThat(second.select("table tbody tr").last().text()).contains("<b>step</b> 1");
        assertThat(second.select("a[rel=prev]").attr("href")).doesNotContain("page=");
    }

    @Test
    default void badFilterFieldsAreNamedOnThePage() {
        StaffSession admin = loginAs("audit-admin", StaffRole.ADMIN);

        Document page = admin.page("/admin/audit?from=18.03.2025&actor=" + "x".repeat(201));

        assertThat(page.select("#from-error").text()).isNotBlank();
        assertThat(page.select("input#from").attr("aria-invalid")).isEqualTo("true");
        assertThat(page.select("table")).isEmpty();
        assertThat(admin.page("/admin/audit?from=2025-03-19&to=2025-03-18")
                        .select("#to-error")
                        .text())
                .isNotBlank();
    }

    @Test
    default void theVerifyButtonShowsTheOutcomeAndTheHeadToAnchor() {
        record("before verifying");
        StaffSession admin = loginAs("audit-admin", StaffRole.ADMIN);
        Document list = admin.page("/admin/audit");
        assertThat(list.select("form[action=/admin/audit/verify] button")).hasSize(1);

        Document result = admin.page("/admin/audit/verify");

        ChainHead head = bean(AuditLog.class).head();
        assertThat(result.select("#verification-result").attr("role")).isEqualTo("status");
        assertThat(result.select("dd code").text()).isEqualTo(head.hash());
        assertThat(result.select("dd").first().text()).isEqualTo(Long.toString(head.seq()));
    }

    @Test
    default void onlyAdminsSeeTheTrailAndNoMethodWritesIt() {
        StaffSession editor = loginAs("audit-editor", StaffRole.EDITOR_IN_CHIEF);
        StaffSession admin = loginAs("audit-admin", StaffRole.ADMIN);
        long rows = countRows("audit_entry");

        assertThat(newStaffSession().get("/admin/audit").statusCode()).isEqualTo(302);
        assertThat(editor.get("/admin/audit").statusCode()).isEqualTo(403);
        assertThat(editor.get("/admin/audit/verify").statusCode()).isEqualTo(403);
        assertThat(editor.page("/admin/account").select("nav a[href=/admin/audit]"))
                .isEmpty();
        admin.page("/admin/audit");
        HttpResponse<String> post = admin.post("/admin/audit", Map.of("detail", "changed"));
        assertThat(post.statusCode()).isIn(403, 405);

        assertThat(countRows("audit_entry")).isEqualTo(rows);
    }
}
