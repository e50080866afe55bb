package com.masthead.shared;

import java.util.function.Predicate;
import net.sourceforge.pinyin4j.PinyinHelper;
import net.sourceforge.pinyin4j.format.HanyuPinyinCaseType;
import net.sourceforge.pinyin4j.format.HanyuPinyinOutputFormat;
import net.sourceforge.pinyin4j.format.HanyuPinyinToneType;
import net.sourceforge.pinyin4j.format.HanyuPinyinVCharType;
import net.sourceforge.pinyin4j.format.exception.BadHanyuPinyinOutputFormatCombination;

/**
 * Address names ({@code [a-z0-9]+(-[a-z0-9]+)*}, at most {@link #MAX_LENGTH} characters) made from a name typed
 * in Chinese: each Chinese character becomes its pinyin without tones (the first reading of a character with
 * several; 重庆 gives {@code zhongqing}, so the slug stays editable), a run of Chinese characters is written as one
 * word, Latin letters and digits are kept in lower case, and everything else separates words.
 * {@code 中国质量报 2026} gives {@code zhongguozhiliangbao-2026}. Pure functions; thread-safe.
 */
public final class Slugs {

    public static final int MAX_LENGTH = 60;

    private static final HanyuPinyinOutputFormat PINYIN = new HanyuPinyinOutputFormat();

    static {
        PINYIN.setCaseType(HanyuPinyinCaseType.LOWERCASE);
        PINYIN.setToneType(HanyuPinyinToneType.WITHOUT_TONE);
        PINYIN.setVCharType(HanyuPinyinVCharType.WITH_V);
    }

    private Slugs() {}

    /** The slug of {@code name}; {@code fallback} when the name has nothing to spell (only symbols, say). */
    public static String of(String name, String fallback) {
        StringBuilder slug = new StringBuilder();
        char last = '-';
        for (int i = 0; name != null && i < name.length(); ) {
            int c = name.codePointAt(i);
            i += Character.charCount(c);
            String word = spelling(c);
            boolean han = Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN && word != null;
            if (word == null) {
                last = '-';
                continue;
            }
            char kind = han ? 'h' : 'a';
            if (slug.length() > 0 && last != kind) {
                slug.append('-');
            }
            slug.append(word);
            last = kind;
        }
        String cut = cut(slug.toString(), MAX_LENGTH);
        return cut.isEmpty() ? fallback : cut;
    }

    /**
     * {@code base}, or {@code base-2}, {@code base-3} … the first that {@code taken} does not claim (the base is
     * shortened so the suffix fits {@link #MAX_LENGTH}).
     */
    public static String unique(String base, Predicate<String> taken) {
        if (!taken.test(base)) {
            return base;
        }
        for (int n = 2; ; n++) {
            String suffix = "-" + n;
            String candidate = cut(base, MAX_LENGTH - suffix.length()) + suffix;
            if (!taken.test(candidate)) {
                return candidate;
            }
        }
    }

    // lower-case Latin letters and digits as they are, a Chinese character as its pinyin, anything else nothing
    private static String spelling(int c) {
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
            return Character.toString(c);
        }
        if (c >= 'A' && c <= 'Z') {
            return Character.toString(Character.toLowerCase(c));
        }
        if (c >= '０' && c <= '９') {
            return Character.toString('0' + (c - '０'));
        }
        if (c >= 'Ａ' && c <= 'Ｚ') {
            return Character.toString('a' + (c - 'Ａ'));
        }
        if (c >= 'ａ' && c <= 'ｚ') {
            return Character.toString('a' + (c - 'ａ'));
        }
        if (c > 0xffff) {
            return null;
        }
        try {
            String[] readings = PinyinHelper.toHanyuPinyinStringArray((char) c, PINYIN);
            return readings == null || readings.length == 0 ? null : readings[0].replaceAll("[^a-z]", "");
        } catch (BadHanyuPinyinOutputFormatCombination e) {
            throw new IllegalStateException(e);
        }
    }

    // at most max characters, never ending on a hyphen
    private static String cut(String slug, int max) {
        String cut = slug.length() <= max ? slug : slug.substring(0, max);
        return cut.replaceAll("-+$", "");
    }
}
