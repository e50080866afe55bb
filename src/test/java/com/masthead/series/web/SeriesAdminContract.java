package com.masthead.series.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.masthead.backoffice.web.AdminScreens;
import com.masthead.series.Series;
import com.masthead.series.SeriesCatalog;
import com.masthead.staff.StaffRole;
import com.masthead.support.ContentFixtures;
import com.masthead.support.StaffSession;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The series screen (for the desk) over real HTTP. */
public interface SeriesAdminContract extends AdminScreens {

    @Test
    default void anEditorCreatesAndRenamesASeriesAndBadInputIsNamedWithoutSaving() {
        StaffSession editor = loginAs("series-editor", StaffRole.EDITOR);
        thenEveryControlIsLabelled(editor.page("/admin/series/new"));
        String slug = ContentFixtures.unique("series");
        long before = countRows("series");

        thenRefusedAt(editor.post("/admin/series", Map.of("name", "", "slug", slug)), "name");
        thenRefusedAt(editor.post("/admin/series", Map.of("name", "坏", "slug", "Bad Slug")), "slug");
        assertThat(countRows("series")).isEqualTo(before);

        thenSavedAndRedirectedTo(
                editor,
                editor.post("/admin/series", Map.of("name", "乡村公路十年", "slug", slug, "description", "系列简介")),
                "/admin/series");
        Series created = bean(SeriesCatalog.class).bySlug(slug).orElseThrow();
        assertThat(countRows("series")).isEqualTo(before + 1);
        assertThat(editor.page("/admin/series").select("main table").text()).contains("乡村公路十年");

        Document edit = editor.page("/admin/series/" + created.id());
        thenEveryControlIsLabelled(edit);
        Map<String, String> form = Map.of(
                "name",
                "乡村公路二十年",
                "slug",
                slug,
                "description",
                "",
                "version",
                edit.select("#version, input[name=version]").val());
        thenSavedAndRedirectedTo(editor, editor.post("/admin/series/" + created.id(), form), "/admin/series");
        assertThat(bean(SeriesCatalog.class).bySlug(slug).orElseThrow().name()).isEqualTo("乡村公路二十年");

        thenRefusedAt(editor.post("/admin/series/" + created.id(), form), "version");
    }
}
