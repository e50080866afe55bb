package com.masthead.article.web;

import com.masthead.article.BylineRole;
import com.masthead.article.RightsType;
import com.masthead.channel.Channel;
import com.masthead.channel.ChannelCatalog;
import com.masthead.edition.EditionCatalog;
import com.masthead.edition.Newspaper;
import com.masthead.edition.NewspaperIssue;
import com.masthead.media.ImageLibrary;
import com.masthead.series.SeriesCatalog;
import com.masthead.shared.Messages;
import com.masthead.shared.PageRequest;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The options of the editor's pickers: the channel tree (indented), series, the pages of recent print issues, and
 * recent pictures. Bounded: the 100 newest series, the 10 newest issues per newspaper, the 60 newest pictures.
 */
@Component
public class EditorChoices {

    private final ChannelCatalog channels;
    private final SeriesCatalog series;
    private final EditionCatalog editions;
    private final ImageLibrary images;

    EditorChoices(ChannelCatalog channels, SeriesCatalog series, EditionCatalog editions, ImageLibrary images) {
        this.channels = channels;
        this.series = series;
        this.editions = editions;
        this.images = images;
    }

    Choices of(Messages t) {
        List<Option> channelOptions = new ArrayList<>();
        for (Channel channel : channels.all()) {
            int depth = channels.ancestry(channel.id()).size() - 1;
            channelOptions.add(
                    new Option(String.valueOf(channel.id()), "\u3000".repeat(Math.max(0, depth)) + channel.name()));
        }
        List<Option> seriesOptions = series.list(new PageRequest(1, 100)).items().stream()
                .map(s -> new Option(String.valueOf(s.id()), s.name()))
                .toList();
        List<Option> pageOptions = new ArrayList<>();
        for (Newspaper paper : editions.newspapers()) {
            for (NewspaperIssue issue :
                    editions.issues(paper.id(), new PageRequest(1, 10)).items()) {
                editions.pages(issue.id())
                        .forEach(p -> pageOptions.add(new Option(
                                String.valueOf(p.id()),
                                t.get(
                                        "newsroom.editor.page-option",
                                        paper.name(),
                                        issue.date().toString(),
                                        p.number(),
                                        p.name() == null ? "" : p.name()))));
            }
        }
        List<Option> imageOptions = images.list(new PageRequest(1, 60)).items().stream()
                .map(i -> new Option(String.valueOf(i.id()), "#" + i.id() + " " + (i.alt() == null ? "" : i.alt())))
                .toList();
        List<Option> rights = List.of(RightsType.values()).stream()
                .map(r -> new Option(r.name(), t.get("article.rights." + r.name())))
                .toList();
        List<Option> bylineRoles = List.of(BylineRole.values()).stream()
                .map(r -> new Option(r.name(), t.get("newsroom.byline-role." + r.name())))
                .toList();
        return new Choices(
                channelOptions, seriesOptions, pageOptions, imageOptions, rights, bylineRoles, images.maxUploadBytes());
    }

    /** An option of a select: its value and its label. */
    public record Option(String value, String label) {}

    /** All option lists of the editor, and the largest picture it may upload into the body. */
    public record Choices(
            List<Option> channels,
            List<Option> series,
            List<Option> pages,
            List<Option> images,
            List<Option> rights,
            List<Option> bylineRoles,
            long maxUploadBytes) {

        public long maxUploadMegabytes() {
            return maxUploadBytes / (1024 * 1024);
        }
    }
}
