package com.masthead.site.web.channel;

import com.masthead.article.ArticleReading;
import com.masthead.channel.Channel;
import com.masthead.channel.ChannelCatalog;
import com.masthead.media.ImageVariant;
import com.masthead.pagecache.PageTags;
import com.masthead.shared.PageRequest;
import com.masthead.shared.PageResult;
import com.masthead.site.web.Crumb;
import com.masthead.site.web.LayoutModels;
import com.masthead.site.web.PageMissingException;
import com.masthead.site.web.SharedBlocks;
import com.masthead.site.web.TeaserView;
import com.masthead.site.web.TeaserViews;
import com.masthead.site.web.Text;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** A channel page at {@code /channel/<path>/}: its articles and those of its sub-channels, paged. */
@Controller
public class ChannelPageController {

    static final int PAGE_SIZE = 20;
    public static final int MAX_PAGE = 500;

    private final ChannelCatalog channels;
    private final ArticleReading articles;
    private final TeaserViews teasers;
    private final LayoutModels layouts;
    private final SharedBlocks blocks;

    ChannelPageController(
            ChannelCatalog channels,
            ArticleReading articles,
            TeaserViews teasers,
            LayoutModels layouts,
            SharedBlocks blocks) {
        this.channels = channels;
        this.articles = articles;
        this.teasers = teasers;
        this.layouts = layouts;
        this.blocks = blocks;
    }

    @GetMapping("/channel/{*path}")
    String channel(
            @PathVariable String path,
            @RequestParam(defaultValue = "1") int page,
            HttpServletRequest request,
            Model model) {
        String key = path.replaceAll("^/+|/+$", "");
        Channel channel = channels.byPath(key)
                .filter(Channel::visible)
                .orElseThrow(() -> new PageMissingException(request.getRequestURI()));
        if (!request.getRequestURI().equals(channel.url())) {
            return "redirect:" + channel.url();
        }
        if (page < 1 || page > MAX_PAGE) {
            throw new PageMissingException(request.getRequestURI());
        }
        PageTags.add("list:channel", channel.id());
        Text t = layouts.text();
        List<Crumb> crumbs = new ArrayList<>();
        crumbs.add(new Crumb(t.get("site.home"), "/"));
        channels.ancestry(channel.id()).forEach(c -> crumbs.add(new Crumb(c.name(), c.url())));
        List<Long> subtree = channels.subtreeIds(channel.id());
        PageRequest wanted = new PageRequest(page, PAGE_SIZE);
        PageResult<TeaserView> views = teasers.page(
                new PageResult<>(
                        articles.pageInChannels(subtree, wanted),
                        wanted.page(),
                        wanted.size(),
                        blocks.countInChannel(channel.id(), subtree, (long) MAX_PAGE * PAGE_SIZE)),
                ImageVariant.THUMB);
        if (page > 1 && views.items().isEmpty()) {
            // past the last page: 404, so crawlers and old links do not keep an empty page alive
            throw new PageMissingException(request.getRequestURI());
        }
        model.addAttribute("layout", layouts.of(request, channel.name(), channel.description(), channel.url()));
        model.addAttribute(
                "page",
                new ListPageModel(
                        crumbs,
                        channel.name(),
                        channel.description(),
                        channels.visibleChildren(channel.id()).stream()
                                .map(c -> new Crumb(c.name(), c.url()))
                                .toList(),
                        views,
                        channel.url(),
                        false));
        return "site/list";
    }
}
