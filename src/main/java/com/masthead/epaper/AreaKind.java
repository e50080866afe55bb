package com.masthead.epaper;

/** What an area of a page shows. */
public enum AreaKind {
    /** The start of an article: its headline and the body under it. */
    ARTICLE("article"),
    /** Where an article continues from another page (转版, 接第N版). */
    CONTINUATION("continuation"),
    /** A picture that belongs to an article. */
    PICTURE("picture"),
    /** An advertisement; it links to {@code link_url} rather than an article. */
    ADVERTISEMENT("advertisement");

    private final String code;

    AreaKind(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static AreaKind ofCode(String code) {
        for (AreaKind k : values()) {
            if (k.code.equals(code)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown area kind " + code);
    }
}
