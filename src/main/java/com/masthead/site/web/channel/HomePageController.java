package com.masthead.site.web.channel;

import com.masthead.channel.Channel;
import com.masthead.channel.ChannelCatalog;
import com.masthead.pagecache.PageTags;
import com.masthead.site.web.Crumb;
import com.masthead.site.web.LayoutModels;
import com.masthead.site.web.SharedBlocks;
import com.masthead.site.web.TeaserView;
import com.masthead.site.web.article.ArticlePages;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
public class HomePageController {

    private static final int CHANNEL_BLOCK_SIZE = 6;

    private final ChannelCatalog channels;
    private final SharedBlocks blocks;
    private final LayoutModels layouts;

    HomePageController(ChannelCatalog channels, SharedBlocks blocks, LayoutModels layouts) {
        this.channels = channels;
        this.blocks = blocks;
        this.layouts = layouts;
    }

    @GetMapping("/")
    String home(HttpServletRequest request, Model model) {
        PageTags.add(PageTags.HOME);
        PageTags.add(PageTags.LATEST);
        PageTags.add(PageTags.PICTURES);
        List<TeaserView> pictures = blocks.pictures(ArticlePages.PICTURE_NEWS_SIZE + 1);
        TeaserView lead = pictures.isEmpty() ? null : pictures.get(0);
        List<HomePageModel.ChannelBlock> channelBlocks = channels.navigation().stream()
                .map(this::block)
                .filter(b -> !b.articles().isEmpty())
                .toList();
        model.addAttribute("layout", layouts.of(request, null, null, "/"));
        model.addAttribute(
                "page",
                new HomePageModel(
                        lead,
                        pictures.size() > 1 ? pictures.subList(1, pictures.size()) : List.of(),
                        blocks.latest(12),
                        channelBlocks));
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
                blocks.newestInChannel(channel.id(), channels.subtreeIds(channel.id()), CHANNEL_BLOCK_SIZE));
    }
}
