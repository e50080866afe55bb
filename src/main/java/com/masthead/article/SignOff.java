package com.masthead.article;

/**
 * What a reviewer signs besides their name: their own edit of the copy, saved first without voiding the lower
 * levels' sign-offs ({@code edit}, null for none), and for the final level the responsible editor to print
 * ({@code responsibleEditor}, null or blank for the signer).
 */
record SignOff(ArticleContent edit, String responsibleEditor) {

    static SignOff asIs() {
        return new SignOff(null, null);
    }

    static SignOff naming(String responsibleEditor) {
        return new SignOff(null, responsibleEditor);
    }

    static SignOff withEdit(ArticleContent edit) {
        return new SignOff(edit, null);
    }

    boolean edited() {
        return edit != null;
    }
}
