package com.masthead.wordpress;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WxrBodyTests {

    @Test
    void blankLinesBecomeParagraphsAndSingleBreaksLineBreaks() {
        String html =
                WxrBody.paragraphs("First line\nsame paragraph\n\n\nSecond\n\n<h2>Kept</h2>\n\n<ul><li>a</li></ul>");

        assertThat(html)
                .isEqualTo(
                        "<p>First line<br>\nsame paragraph</p>\n<p>Second</p>\n<h2>Kept</h2>\n<ul><li>a</li></ul>\n");
    }

    @Test
    void picturesGetTheLibrarysAddressOrGo() {
        String html = "<p><img class=\"x\" src=\"https://old.test/wp-content/uploads/a.png\" srcset=\"a-150.png 150w\""
                + " sizes=\"100vw\" alt=\"A\"></p><p><img src='https://other.test/b.png'></p>";

        assertThat(WxrBody.pictureAddresses(html))
                .containsExactly("https://old.test/wp-content/uploads/a.png", "https://other.test/b.png");
        assertThat(WxrBody.withPictures(html, url -> url.contains("/a.png") ? "/media/abc-a.jpg" : null))
                .isEqualTo("<p><img class=\"x\" src=\"/media/abc-a.jpg\" alt=\"A\"></p><p></p>");
    }

    @Test
    void captionedPicturesBecomeFigures() {
        String content = "Before.\n\n[caption id=\"attachment_5\" align=\"alignnone\" width=\"300\"]"
                + "<a href=\"https://old.test/x.png\"><img src=\"https://old.test/x.png\" alt=\"X\" /></a>"
                + " The quay at dawn[/caption]\n\nAfter.";

        assertThat(WxrBody.paragraphs(content))
                .isEqualTo("<p>Before.</p>\n<figure><img src=\"https://old.test/x.png\" alt=\"X\" />"
                        + "<figcaption>The quay at dawn</figcaption></figure>\n<p>After.</p>\n");
    }
}
