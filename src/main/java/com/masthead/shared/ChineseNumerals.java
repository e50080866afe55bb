package com.masthead.shared;

/**
 * Writes small positive integers as Chinese numerals the way newspapers number series parts and pages: 1 → 一,
 * 10 → 十, 12 → 十二, 20 → 二十, 105 → 一百零五. Numbers outside 1..9999 are written with Arabic digits.
 */
public final class ChineseNumerals {

    private static final String DIGITS = "零一二三四五六七八九";

    private ChineseNumerals() {}

    public static String of(int n) {
        if (n < 1 || n > 9999) {
            return Integer.toString(n);
        }
        if (n < 10) {
            return String.valueOf(DIGITS.charAt(n));
        }
        if (n < 20) {
            return "十" + (n % 10 == 0 ? "" : DIGITS.charAt(n % 10));
        }
        StringBuilder out = new StringBuilder();
        String[] units = {"千", "百", "十", ""};
        int[] values = {n / 1000, n / 100 % 10, n / 10 % 10, n % 10};
        boolean pendingZero = false;
        for (int i = 0; i < 4; i++) {
            if (values[i] == 0) {
                pendingZero = out.length() > 0;
                continue;
            }
            if (pendingZero) {
                out.append('零');
                pendingZero = false;
            }
            out.append(DIGITS.charAt(values[i])).append(units[i]);
        }
        return out.toString();
    }
}
