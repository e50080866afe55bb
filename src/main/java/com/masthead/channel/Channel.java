package com.masthead.channel;

/**
 * One node of the channel tree. {@code path} is the slash-joined slugs from the root ("news/industry") and is
 * the channel's public URL ({@code /channel/news/industry/}).
 */
public record Channel(
        long id,
        Long parentId,
        String name,
        String slug,
        String path,
        int position,
        String description,
        boolean visible,
        int version) {

    public String url() {
        return "/channel/" + path + "/";
    }

    public boolean isTopLevel() {
        return parentId == null;
    }
}
