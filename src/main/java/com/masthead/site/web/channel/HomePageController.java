package com.masthead.site.web.channel;

import com.masthead.article.ArticleReading;
import com.masthead.article.ArticleTeaser;
import com.masthead.channel.Channel;
import com.masthead.channel.ChannelCatalog;
import com.masthead.media.ImageVariant;
import com.masthead.pagecache.PageTags;
import com.masthead.site.web.Crumb;
import com.masthead.site.web.LayoutModels;
import com.masthead.site.web.TeaserView;
import com.masthead.site.web.TeaserViews;
import com.masthead.site.web.article.ArticlePages;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
public class HomePageController {

    private static final int CHANNEL_BLOCK_SIZE = 6;

    private final ArticleReading articles;
    private final ChannelCatalog channels;
    private final TeaserViews teasers;
    private final LayoutModels layouts;

    HomePageController(ArticleReading articles, ChannelCatalog channels, TeaserViews teasers, LayoutModels layouts) {
        this.articles = articles;
        this.channels = channels;
        this.teasers = teasers;
        this.layouts = layouts;
    }

    @GetMapping("/")
    String home(HttpServletRequest request, Model model) {
        PageTags.add(PageTags.HOME);
        PageTags.add(PageTags.LATEST);
        PageTags.add(PageTags.PICTURES);
        List<ArticleTeaser> withImage = articles.latestWithImage(ArticlePages.PICTURE_NEWS_SIZE + 1);
        List<TeaserView> pictures = teasers.of(withImage, ImageVariant.CARD);
        TeaserView lead = pictures.isEmpty() ? null : pictures.get(0);
        List<HomePageModel.ChannelBlock> blocks = channels.navigation().stream()
                .map(this::block)
                .filter(b -> !b.articles().isEmpty())
                .toList();
        model.addAttribute("layout", layouts.of(request, null, null, "/"));
        model.addAttribute(
                "page",
                new HomePageModel(
                        lead,
                        pictures.size() > 1 ? pictures.subList(1, pictures.size()) : List.of(),
                        teasers.of(articles.latest(12), null),
                        blocks));
        return "site/home";
    }

    private HomePageModel.ChannelBlock block(Channel channel) {
        PageTags.add("list:channel", channel.id());
        List<Crumb> children = channels.visibleChildren(channel.id()).stream()
                .map(c -> new Crumb(c.name(), c.url()))
                .toList();
        return new HomePageModel.ChannelBlock(
                channel.name(),
                channel.url(),
                children,
                teasers.of(
                        articles.latestInChannels(channels.subtreeIds(channel.id()), CHANNEL_BLOCK_SIZE),
                        ImageVariant.THUMB));
    }
}
