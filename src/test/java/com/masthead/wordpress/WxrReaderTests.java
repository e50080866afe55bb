package com.masthead.wordpress;

import static org.assertj.core.api.Assertions.assertThat;

import com.masthead.shared.InvalidInputException;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WxrReaderTests {

    private static final WxrLimits LIMITS = new WxrLimits(64L << 20, 200_000, 100);

    private static Wxr.Export read(String xml) {
        return read(xml, LIMITS);
    }

    private static Wxr.Export read(String xml, WxrLimits limits) {
        return new WxrReader(limits).read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static InvalidInputException refusal(String xml) {
        try {
            read(xml);
        } catch (InvalidInputException e) {
            return e;
        }
        throw new AssertionError("not refused");
    }

    private static String key(InvalidInputException e) {
        return e.problems().get(0).messageKey();
    }

    @Test
    void readsAuthorsCategoriesTagsPostsAttachmentsAndComments() {
        Wxr.Export export = read(WxrFixture.xml(42));

        assertThat(export.siteUrl()).isEqualTo("https://old.example.test");
        assertThat(export.authors())
                .extracting(Wxr.Author::login, Wxr.Author::displayName)
                .contains(org.assertj.core.groups.Tuple.tuple("li.ming", "李明"));
        assertThat(export.categories())
                .extracting(Wxr.Term::slug, Wxr.Term::parentSlug)
                .contains(org.assertj.core.groups.Tuple.tuple("harbour-42", "town-42"));
        assertThat(export.tags()).extracting(Wxr.Term::name).containsExactly("Ferries", "绿地");
        assertThat(export.items())
                .extracting(Wxr.Item::type)
                .containsExactly("attachment", "post", "post", "post", "page");
        Wxr.Item ferry = export.items().get(1);
        assertThat(ferry.id()).isEqualTo(4211);
        assertThat(ferry.thumbnailId()).isEqualTo(4210L);
        assertThat(ferry.content()).contains("opened on Friday morning.\nIts first boat");
        assertThat(ferry.terms()).extracting(Wxr.ItemTerm::domain).containsExactly("category", "category", "post_tag");
        assertThat(ferry.comments()).extracting(Wxr.Comment::approved).containsExactly("1", "0", "spam");
        assertThat(ferry.comments().get(0).content()).isEqualTo("Twelve minutes 42 is <b>fast</b> &amp; cheap.");
        assertThat(export.items().get(2).slug()).isEqualTo("%e5%9f%8e%e5%b8%82%e6%96%b0%e5%85%ac%e5%9b%ad");
        assertThat(export.items().get(0).attachmentUrl())
                .isEqualTo("https://old.example.test/wp-content/uploads/2024/05/ferry-photo.png");
    }

    @Test
    void refusesBrokenXmlNamingLineAndColumn() {
        String broken =
                WxrFixture.xml(1).replace("<title>Ferry terminal opens 1</title>", "<title>Ferry <b>opens</title>");

        InvalidInputException e = refusal(broken);

        assertThat(key(e)).isEqualTo("wordpress.wxr.broken");
        int line = (int) e.problems().get(0).arguments()[0];
        assertThat(broken.lines().toList().get(line - 1)).contains("Ferry <b>opens</title>");
        assertThat((int) e.problems().get(0).arguments()[1]).isPositive();
    }

    @Test
    void refusesExternalEntitiesWithoutReadingTheFileOrAskingTheNetwork(@TempDir Path dir) throws IOException {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET-CONTENT");
        AtomicInteger requests = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 19301), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            exchange.sendResponseHeaders(200, 0);
            exchange.close();
        });
        server.start();
        try {
            String fileEntity = """
                    <?xml version="1.0"?>
                    <!DOCTYPE rss [<!ENTITY xxe SYSTEM "%s">]>
                    <rss xmlns:wp="http://wordpress.org/export/1.2/"><channel><wp:wxr_version>1.2</wp:wxr_version>
                    <item><title>&xxe;</title></item></channel></rss>""".formatted(secret.toUri());
            String networkEntity = fileEntity.replace(secret.toUri().toString(), "http://127.0.0.1:19301/entity");
            String externalDtd = """
                    <?xml version="1.0"?>
                    <!DOCTYPE rss SYSTEM "http://127.0.0.1:19301/wxr.dtd">
                    <rss xmlns:wp="http://wordpress.org/export/1.2/"><channel><wp:wxr_version>1.2</wp:wxr_version>
                    </channel></rss>""";
            String parameterEntity = """
                    <?xml version="1.0"?>
                    <!DOCTYPE rss [<!ENTITY % remote SYSTEM "http://127.0.0.1:19301/remote.dtd"> %remote;]>
                    <rss><channel/></rss>""";

            for (String attack : new String[] {fileEntity, networkEntity, externalDtd, parameterEntity}) {
                InvalidInputException e = refusal(attack);
                assertThat(key(e)).isEqualTo("wordpress.wxr.dtd");
                assertThat(java.util.Arrays.toString(e.problems().get(0).arguments()))
                        .doesNotContain("TOP-SECRET");
            }
            assertThat(requests).hasValue(0);
        } finally {
            server.stop(0);
        }
    }

    @Test
    void refusesEntityExpansionBeforeExpandingAnything() {
        StringBuilder laughs = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE rss [\n<!ENTITY lol \"lol\">\n");
        for (int i = 1; i <= 9; i++) {
            String previous = i == 1 ? "&lol;" : "&lol" + (i - 1) + ";";
            laughs.append("<!ENTITY lol")
                    .append(i)
                    .append(" \"")
                    .append(previous.repeat(10))
                    .append("\">\n");
        }
        laughs.append("]>\n<rss><channel><item><title>&lol9;</title></item></channel></rss>");

        assertThat(key(refusal(laughs.toString()))).isEqualTo("wordpress.wxr.dtd");
    }

    @Test
    void refusesWhatIsNotAWordPressExport() {
        String plainFeed = """
                <?xml version="1.0"?>
                <rss version="2.0"><channel><title>A feed</title><item><title>x</title></item></channel></rss>""";
        String html = "<html><body><p>hello</p></body></html>";

        assertThat(key(refusal(plainFeed))).isEqualTo("wordpress.wxr.not-wxr");
        assertThat(key(refusal(html))).isEqualTo("wordpress.wxr.not-wxr");
        assertThat(key(refusal("just text"))).isEqualTo("wordpress.wxr.broken");
    }

    @Test
    void refusesAnEnormousPostAndTooManyItemsAndTooLargeAFile(@TempDir Path dir) throws IOException {
        String enormous = WxrFixture.xml(7).replace("Numbers still to come.", "很长".repeat(1_000));
        InvalidInputException tooLong = assertRefused(() -> read(enormous, new WxrLimits(64L << 20, 1_000, 100)));
        assertThat(key(tooLong)).isEqualTo("wordpress.wxr.text-too-long");

        InvalidInputException tooMany =
                assertRefused(() -> read(WxrFixture.xml(7), new WxrLimits(64L << 20, 1_000, 3)));
        assertThat(key(tooMany)).isEqualTo("wordpress.wxr.too-many-items");

        Path file = dir.resolve("big.xml");
        Files.writeString(file, WxrFixture.xml(7));
        InvalidInputException tooLarge =
                assertRefused(() -> new WxrReader(new WxrLimits(1_000, 1_000, 100)).read(file));
        assertThat(key(tooLarge)).isEqualTo("wordpress.wxr.too-large");
    }

    private static InvalidInputException assertRefused(ThrowingSupplier read) {
        try {
            read.get();
        } catch (InvalidInputException e) {
            return e;
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        throw new AssertionError("not refused");
    }

    private interface ThrowingSupplier {
        Object get() throws Exception;
    }
}
