package com.masthead.site.web.channel;

import com.masthead.channel.Channel;
import com.masthead.channel.ChannelCatalog;
import com.masthead.edition.EditionCatalog;
import com.masthead.pagecache.PageTags;
import com.masthead.site.web.Crumb;
import com.masthead.site.web.LayoutModels;
import com.masthead.site.web.Text;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The HTML site map (网站地图): every visible channel in tree order, and the print editions. */
@Controller
class SiteMapPageController {

    private final ChannelCatalog channels;
    private final EditionCatalog editions;
    private final LayoutModels layouts;

    SiteMapPageController(ChannelCatalog channels, EditionCatalog editions, LayoutModels layouts) {
        this.channels = channels;
        this.editions = editions;
        this.layouts = layouts;
    }

    @GetMapping("/sitemap.html")
    String siteMap(HttpServletRequest request, Model model) {
        PageTags.add("editions");
        Text t = layouts.text();
        List<SiteMapModel.Section> sections = channels.navigation().stream()
                .map(root -> new SiteMapModel.Section(
                        new Crumb(root.name(), root.url()),
                        channels.visibleChildren(root.id()).stream()
                                .map(this::link)
                                .toList()))
                .toList();
        List<Crumb> papers = editions.newspapers().stream()
                .map(n -> new Crumb(n.name(), n.url()))
                .toList();
        model.addAttribute("layout", layouts.of(request, t.get("site.sitemap"), null, "/sitemap.html"));
        model.addAttribute(
                "page",
                new SiteMapModel(
                        List.of(new Crumb(t.get("site.home"), "/"), new Crumb(t.get("site.sitemap"), "/sitemap.html")),
                        sections,
                        papers));
        return "site/sitemap";
    }

    private Crumb link(Channel channel) {
        return new Crumb(channel.name(), channel.url());
    }
}
