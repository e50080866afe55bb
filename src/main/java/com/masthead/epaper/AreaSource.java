package com.masthead.epaper;

/** Where an area came from. */
public enum AreaSource {
    /** Drawn or adjusted by an editor in the area editor. */
    DRAWN("drawn"),
    /** Proposed by matching the PDF's text against the articles placed on the page. */
    EXTRACTED("extracted"),
    /** Proposed from the page's geometry alone (the PDF carried no usable text); low confidence. */
    GEOMETRY("geometry"),
    /** Brought in by an import. */
    IMPORTED("imported");

    private final String code;

    AreaSource(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static AreaSource ofCode(String code) {
        for (AreaSource s : values()) {
            if (s.code.equals(code)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown area source " + code);
    }
}
