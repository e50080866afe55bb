package com.masthead.channel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The indexed channel copy every page reads from: lookups by id and path, children in order, ancestry. */
class ChannelTreeTests {

    private static final Channel NEWS = channel(1, null, "news", "news");
    private static final Channel ECONOMY = channel(2, null, "economy", "economy");
    private static final Channel LOCAL = channel(3, 1L, "local", "news/local");
    private static final Channel WORLD = channel(4, 1L, "world", "news/world");
    private static final Channel HARBOUR = channel(5, 3L, "harbour", "news/local/harbour");

    private final ChannelTree tree = new ChannelTree(List.of(NEWS, ECONOMY, LOCAL, WORLD, HARBOUR));

    @Test
    void findsAChannelByIdAndByPath() {
        assertThat(tree.byId(3)).isEqualTo(LOCAL);
        assertThat(tree.byPath("news/local/harbour")).isEqualTo(HARBOUR);
        assertThat(tree.byId(99)).isNull();
        assertThat(tree.byPath("local")).isNull();
    }

    @Test
    void rootsAndChildrenKeepTheOrderTheyWereGivenIn() {
        assertThat(tree.roots()).containsExactly(NEWS, ECONOMY);
        assertThat(tree.children(1)).containsExactly(LOCAL, WORLD);
        assertThat(tree.children(5)).isEmpty();
        assertThat(tree.children(99)).isEmpty();
    }

    @Test
    void ancestryRunsFromTheRootDownToTheChannelItself() {
        assertThat(tree.ancestry(5)).containsExactly(NEWS, LOCAL, HARBOUR);
        assertThat(tree.ancestry(2)).containsExactly(ECONOMY);
        assertThat(tree.ancestry(99)).isEmpty();
    }

    @Test
    void aSubtreeHoldsTheChannelAndEveryDescendantDepthFirst() {
        assertThat(tree.subtreeIds(1)).containsExactly(1L, 3L, 5L, 4L);
        assertThat(tree.subtreeIds(4)).containsExactly(4L);
    }

    @Test
    void aParentCycleInTheDataEndsTheAncestryInsteadOfLoopingForever() {
        ChannelTree broken = new ChannelTree(List.of(channel(7, 8L, "a", "a"), channel(8, 7L, "b", "b")));

        assertThat(broken.ancestry(7)).hasSize(32);
        assertThat(broken.roots()).isEmpty();
    }

    @Test
    void theTreeIsACopyThatLaterChangesToTheListDoNotReach() {
        List<Channel> source = new java.util.ArrayList<>(List.of(NEWS));
        ChannelTree copy = new ChannelTree(source);

        source.add(ECONOMY);

        assertThat(copy.all()).containsExactly(NEWS);
        assertThat(copy.byId(2)).isNull();
    }

    private static Channel channel(long id, Long parentId, String slug, String path) {
        return new Channel(id, parentId, slug, slug, path, (int) id, "", true, 1);
    }
}
