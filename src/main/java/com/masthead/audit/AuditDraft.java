package com.masthead.audit;

import com.masthead.shared.DisplayText;

/**
 * What is about to be recorded, cleaned so that it is stored exactly as hashed: control characters and bidi
 * overrides removed, lone surrogates (which no database stores faithfully) replaced, each field cut to its column
 * size in code points. Blank required fields become {@code "-"} (actor, action) or empty (subject, detail).
 */
record AuditDraft(String actor, String action, String subject, String detail, String address) {

    static final int MAX_ACTOR = 200;
    static final int MAX_ACTION = 100;
    static final int MAX_SUBJECT = 200;
    static final int MAX_DETAIL = 2000;
    static final int MAX_ADDRESS = 64;

    AuditDraft {
        actor = clean(actor, MAX_ACTOR, "-");
        action = clean(action, MAX_ACTION, "-");
        subject = clean(subject, MAX_SUBJECT, "");
        detail = clean(detail, MAX_DETAIL, "");
        address = clean(address, MAX_ADDRESS, null);
    }

    private static String clean(String text, int max, String whenBlank) {
        String line = DisplayText.cleanLine(text == null ? null : wellFormed(text));
        return line == null ? whenBlank : DisplayText.cut(line, max);
    }

    /** Replaces unpaired surrogates, which UTF-8 cannot carry and drivers would silently turn into '?'. */
    private static String wellFormed(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
            } else {
                out.append(Character.isSurrogate(c) ? '\uFFFD' : c);
            }
        }
        return out.toString();
    }
}
