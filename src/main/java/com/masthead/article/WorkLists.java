package com.masthead.article;

import com.masthead.shared.PageRequest;
import com.masthead.shared.PageResult;
import com.masthead.staff.StaffMember;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * The newsroom's lists: my drafts, what was sent back to me, the review queue for my roles, scheduled and recently
 * published articles, and the filtered article list. Each is one indexed query with a limit; none grows with the
 * archive (the review queue reads only the articles currently in review).
 */
@Service
public class WorkLists {

    private static final int QUEUE_SCAN = 1000;

    private final WorkListRepository lists;
    private final ReviewPolicies policies;

    WorkLists(WorkListRepository lists, ReviewPolicies policies) {
        this.lists = lists;
        this.policies = policies;
    }

    public List<WorkItem> drafts(String authorLogin, int limit) {
        return lists.drafts(authorLogin, limit);
    }

    public List<WorkItem> sentBack(String authorLogin, int limit) {
        return lists.sentBack(authorLogin, limit);
    }

    /** Articles waiting for a level this member may sign (not their own, within their channels), oldest first. */
    public List<WorkItem> reviewQueue(StaffMember member, ChannelScope scope) {
        return lists.inReview(QUEUE_SCAN).stream()
                .filter(item -> !member.login().equals(item.authorLogin()))
                .filter(item -> scope.allows(member, item.channelId()))
                .filter(item -> {
                    ReviewLadder ladder = policies.ladderFor(item.channelId());
                    int level = item.reviewState().awaitedLevel();
                    return level <= ladder.levels() && member.has(ladder.roleFor(level));
                })
                .toList();
    }

    public List<WorkItem> scheduled(int limit) {
        return lists.scheduled(limit);
    }

    public List<WorkItem> recentlyPublished(int limit) {
        return lists.recentlyPublished(limit);
    }

    /** The article list: optional status, review state, channel and title words; newest change first. */
    public PageResult<WorkItem> list(WorkFilter filter, PageRequest page) {
        return lists.list(filter, page);
    }

    /** Filters of the article list; null means any. */
    public record WorkFilter(
            ArticleStatus status, ReviewState reviewState, Long channelId, String author, String titleContains) {}
}
