package com.masthead.article.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.masthead.article.ReviewPolicies;
import com.masthead.backoffice.web.AdminScreens;
import com.masthead.channel.Channel;
import com.masthead.channel.ChannelCatalog;
import com.masthead.staff.StaffRole;
import com.masthead.support.ContentFixtures;
import com.masthead.support.StaffSession;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The channel tree screen over real HTTP. */
public interface ChannelAdminContract extends AdminScreens {

    @Test
    default void theTreeShowsChannelsUnderTheirParentsAndTheFormLabelsEveryControl() {
        long parent = fixtures().channel("树上级", null).get("id").asLong();
        long child = fixtures().channel("树下级", parent).get("id").asLong();
        StaffSession admin = loginAs("channels-admin", StaffRole.ADMIN);

        Document tree = admin.page("/admin/channels");
        Element parentItem =
                tree.selectFirst("a[href=/admin/channels/" + parent + "]").closest("li");
        assertThat(parentItem.select("ul a[href=/admin/channels/" + child + "]"))
                .hasSize(1);
        thenEveryControlIsLabelled(admin.page("/admin/channels/new?parentId=" + parent));
        Document edit = admin.page("/admin/channels/" + child);
        thenEveryControlIsLabelled(edit);
        assertThat(edit.select("#parentId option[selected]").val()).isEqualTo(String.valueOf(parent));
        assertThat(edit.select("#parentId option[value=" + child + "]"))
                .as("a channel cannot be its own parent")
                .isEmpty();
    }

    @Test
    default void creatingAChannelUnderAParentSavesItWithThePathBelowTheParent() {
        Channel parent = channel(fixtures().channel("新建上级", null).get("id").asLong());
        StaffSession admin = loginAs("channels-admin", StaffRole.ADMIN);
        admin.page("/admin/channels/new");
        String slug = ContentFixtures.unique("sub");

        Document tree = thenSavedAndRedirectedTo(
                admin,
                admin.post(
                        "/admin/channels",
                        Map.of(
                                "parentId", String.valueOf(parent.id()),
                                "name", "新子栏目",
                                "slug", slug,
                                "position", "3",
                                "description", "子栏目简介",
                                "levels", "2",
                                "visible", "on")),
                "/admin/channels");

        assertThat(tree.select("[role=status]")).isNotEmpty();
        Channel created =
                bean(ChannelCatalog.class).byPath(parent.path() + "/" + slug).orElseThrow();
        assertThat(created.name()).isEqualTo("新子栏目");
        assertThat(created.position()).isEqualTo(3);
        assertThat(created.visible()).isTrue();
        assertThat(bean(ReviewPolicies.class).levelsFor(created.id())).isEqualTo(2);
        assertThat(admin.page("/admin/channels/" + created.id())
                        .select("#levels option[selected]")
                        .val())
                .isEqualTo("2");
    }

    @Test
    default void theReviewLevelsAreOneToThreeAndChangeWithTheChannel() {
        Channel channel = channel(fixtures().channel("审核级数", null).get("id").asLong());
        StaffSession admin = loginAs("channels-admin", StaffRole.ADMIN);
        Document edit = admin.page("/admin/channels/" + channel.id());
        assertThat(edit.select("#levels option").eachAttr("value")).containsExactly("3", "2", "1");
        assertThat(edit.select("#levels option[selected]").val()).isEqualTo("3");

        Map<String, String> form = new LinkedHashMap<>();
        form.put("version", String.valueOf(channel.version()));
        form.put("name", "改名并改级数");
        form.put("slug", channel.slug());
        form.put("position", "0");
        form.put("visible", "on");
        form.put("levels", "7");
        thenRefusedAt(admin.post("/admin/channels/" + channel.id(), form), "levels");
        assertThat(channel(channel.id())).isEqualTo(channel);
        assertThat(bean(ReviewPolicies.class).levelsFor(channel.id())).isEqualTo(3);

        form.put("levels", "1");
        thenSavedAndRedirectedTo(admin, admin.post("/admin/channels/" + channel.id(), form), "/admin/channels");
        assertThat(bean(ReviewPolicies.class).levelsFor(channel.id())).isEqualTo(1);
        assertThat(channel(channel.id()).name()).isEqualTo("改名并改级数");
    }

    @Test
    default void aBadSlugABlankNameOrATakenPathAreNamedAndNothingIsSaved() {
        Channel existing = channel(fixtures().channel("已有栏目", null).get("id").asLong());
        StaffSession admin = loginAs("channels-admin", StaffRole.ADMIN);
        admin.page("/admin/channels/new");
        long before = countRows("channel");

        Document invalid = thenRefusedAt(
                admin.post(
                        "/admin/channels",
                        Map.of("name", " ", "slug", "Not A Slug", "position", "first", "visible", "on")),
                "slug");
        assertThat(invalid.select("#name-error").text()).isNotBlank();
        assertThat(invalid.select("#position-error").text()).isNotBlank();
        assertThat(invalid.select("#slug").val()).isEqualTo("Not A Slug");

        thenRefusedAt(
                admin.post("/admin/channels", Map.of("name", "重复", "slug", existing.slug(), "visible", "on")), "slug");
        thenRefusedAt(
                admin.post("/admin/channels", Map.of("parentId", "987654321", "name", "孤儿", "slug", "orphan")),
                "parentId");
        assertThat(countRows("channel")).isEqualTo(before);
    }

    @Test
    default void movingAChannelNeedsTheCurrentVersionAndNeverBelowItself() {
        Channel moved = channel(fixtures().channel("要移动的", null).get("id").asLong());
        Channel child = channel(fixtures().channel("它的下级", moved.id()).get("id").asLong());
        Channel target = channel(fixtures().channel("新的上级", null).get("id").asLong());
        StaffSession admin = loginAs("channels-admin", StaffRole.ADMIN);
        admin.page("/admin/channels/" + moved.id());

        Map<String, String> form = new LinkedHashMap<>();
        form.put("version", String.valueOf(moved.version()));
        form.put("parentId", String.valueOf(child.id()));
        form.put("name", moved.name());
        form.put("slug", moved.slug());
        form.put("position", "0");
        form.put("visible", "on");
        thenRefusedAt(admin.post("/admin/channels/" + moved.id(), form), "parentId");
        assertThat(channel(moved.id())).isEqualTo(moved);

        form.put("parentId", String.valueOf(target.id()));
        thenSavedAndRedirectedTo(admin, admin.post("/admin/channels/" + moved.id(), form), "/admin/channels");
        assertThat(channel(moved.id()).path()).isEqualTo(target.path() + "/" + moved.slug());
        assertThat(channel(child.id()).path()).isEqualTo(target.path() + "/" + moved.slug() + "/" + child.slug());

        form.put("name", "过期的修改");
        thenRefusedAt(admin.post("/admin/channels/" + moved.id(), form), "version");
        assertThat(channel(moved.id()).name()).isEqualTo(moved.name());
    }

    private Channel channel(long id) {
        return bean(ChannelCatalog.class).find(id).orElseThrow();
    }
}
