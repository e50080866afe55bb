package com.masthead.wordpress;

import com.masthead.redirect.OldAddress;
import com.masthead.redirect.OldPaths;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The old addresses of an imported post: its permalink ({@code <link>}), its guid (usually {@code /?p=ID}) and
 * {@code /?p=ID} itself; of an attachment whose post was imported: its attachment page and
 * {@code /?attachment_id=ID}, leading to that post's article. Pure functions.
 */
final class OldLinks {

    private OldLinks() {}

    static List<OldAddress> ofPost(Wxr.Item post, String target, String origin) {
        List<OldAddress> links = new ArrayList<>();
        add(links, OldPaths.ofUrl(post.link()), target, origin);
        add(links, OldPaths.ofUrl(post.guid()), target, origin);
        add(links, OldPaths.of("/", "p=" + post.id()), target, origin);
        return links;
    }

    static List<OldAddress> ofAttachment(Wxr.Item attachment, String target, String origin) {
        List<OldAddress> links = new ArrayList<>();
        add(links, OldPaths.ofUrl(attachment.link()), target, origin);
        add(links, OldPaths.of("/", "attachment_id=" + attachment.id()), target, origin);
        return links;
    }

    private static void add(List<OldAddress> links, Optional<String> path, String target, String origin) {
        path.filter(p -> !p.equals(target)).ifPresent(p -> links.add(new OldAddress(p, target, origin)));
    }
}
