package com.masthead.newsstandards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.masthead.newsstandards.NewsDocument.Credit;
import com.masthead.newsstandards.NewsDocument.Original;
import com.masthead.newsstandards.NewsDocument.Picture;
import com.masthead.newsstandards.NewsDocument.Rendition;
import com.masthead.newsstandards.NewsDocument.Rights;
import com.masthead.newsstandards.NewsDocument.Subject;
import com.masthead.shared.InvalidInputException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** Both formats written and read without Spring: the standards' schemas, the mapping, and refused input. */
class NewsFormatsTests {

    private final JsonMapper json = JsonMapper.builder().build();
    private final NinjsWriter ninjsWriter = new NinjsWriter(json);
    private final NewsMlWriter newsMlWriter = new NewsMlWriter();
    private final NinjsReader ninjsReader = new NinjsReader(json);
    private final NewsMlReader newsMlReader = new NewsMlReader();

    @Test
    void writesNinjsThatTheNinjs21SchemaAccepts() {
        String written = ninjsWriter.write(reprint());

        assertThat(StandardSchemas.ninjsErrors(written)).isEmpty();
        assertThat(StandardSchemas.ninjsErrors("{\"uri\": \"x\", \"headline\": \"1.x name\"}"))
                .as("the schema check can fail")
                .isNotEmpty();
    }

    @Test
    void writesNewsMlThatTheNewsMlG2SchemaAccepts() throws Exception {
        StandardSchemas.validateNewsMl(newsMlWriter.write(reprint()));
        StandardSchemas.validateNewsMl(newsMlWriter.write(original()));

        assertThatThrownBy(() -> StandardSchemas.validateNewsMl(newsMlWriter
                        .write(reprint())
                        .replace("<itemClass", "<headline>out of place</headline><itemClass")))
                .as("the schema check can fail")
                .hasMessageContaining("headline");
    }

    @Test
    void readsBackWhatItWritesAsTheSameReprint() {
        for (WireItem item : List.of(
                ninjsReader.read(bytes(ninjsWriter.write(reprint()))),
                newsMlReader.read(bytes(newsMlWriter.write(reprint()))))) {
            assertThat(item.guid()).isEqualTo("https://news.example.test/news/2026/03/18/42.html");
            assertThat(item.version()).isEqualTo(3);
            assertThat(item.headline()).isEqualTo("把每一道工序做到极致");
            assertThat(item.kicker()).isEqualTo("质量之光");
            assertThat(item.subheadline()).isEqualTo("记一位数控车工的三十年");
            assertThat(item.summary()).isEqualTo("三十年没有出过一件废品。");
            assertThat(item.bodyHtml()).isEqualTo("<p>三十年来 &amp; 今天</p>");
            assertThat(item.outlet()).isEqualTo("东岭晚报");
            assertThat(item.author()).isEqualTo("韩晓岚");
            assertThat(item.originalTitle()).isEqualTo("数控车工的三十年");
            assertThat(item.url()).isEqualTo("https://www.dongling-wanbao.example/a.html");
        }
    }

    @Test
    void readsTheNinjsFixture() throws IOException {
        WireItem item = ninjsReader.read(fixture("wire-ninjs-reprint.json"));

        assertThat(item.guid()).isEqualTo("urn:dongling-wanbao:2026:1130:qiaoliang-guanjian");
        assertThat(item.version()).isEqualTo(1);
        assertThat(item.headline()).isEqualTo("跨江大桥完成首次荷载试验");
        assertThat(item.kicker()).isEqualTo("重点工程");
        assertThat(item.outlet()).isEqualTo("东岭晚报");
        assertThat(item.author()).isEqualTo("韩晓岚");
        assertThat(item.originalTitle()).isEqualTo("跨江大桥完成首次荷载试验");
        assertThat(item.url()).isEqualTo("https://www.dongling-wanbao.example/2026/11/30/qiaoliang.html");
        assertThat(StandardSchemas.ninjsErrors(new String(fixture("wire-ninjs-reprint.json"), StandardCharsets.UTF_8)))
                .isEmpty();
    }

    @Test
    void readsTheNewsMlFixtureWithItsXhtmlBody() throws Exception {
        byte[] fixture = fixture("wire-newsml-reprint.xml");
        StandardSchemas.validateNewsMl(new String(fixture, StandardCharsets.UTF_8));

        WireItem item = newsMlReader.read(fixture);

        assertThat(item.guid()).isEqualTo("urn:beihu-ribao:2026:1201:chunzhong-shuiku");
        assertThat(item.version()).isEqualTo(2);
        assertThat(item.headline()).isEqualTo("春中水库除险加固工程通过验收");
        assertThat(item.subheadline()).isEqualTo("新建溢洪道可抵御百年一遇洪水");
        assertThat(item.outlet()).isEqualTo("北湖日报");
        assertThat(item.author()).isEqualTo("欧阳青");
        assertThat(item.url()).isEqualTo("https://news.beihu-ribao.example/2026/12/01/shuiku.html");
        assertThat(item.bodyHtml()).contains("<p", "工程历时十四个月", "<strong", "质量合格");
    }

    @Test
    void readsXmlInTheEncodingItDeclares() throws IOException {
        String xml = new String(fixture("wire-newsml-reprint.xml"), StandardCharsets.UTF_8)
                .replace("encoding=\"UTF-8\"", "encoding=\"GB18030\"");

        WireItem item = newsMlReader.read(xml.getBytes(java.nio.charset.Charset.forName("GB18030")));

        assertThat(item.headline()).isEqualTo("春中水库除险加固工程通过验收");
        assertThat(item.author()).isEqualTo("欧阳青");
    }

    @Test
    void refusesXmlWithExternalEntities() {
        String xxe = """
                <?xml version="1.0"?>
                <!DOCTYPE newsItem [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
                <newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="urn:x" version="1">
                  <contentMeta><headline>&secret;</headline></contentMeta>
                </newsItem>""";

        assertRefused(() -> newsMlReader.read(bytes(xxe)), "item", "wire.item.doctype");
    }

    @Test
    void refusesEntityExpansion() {
        StringBuilder laughs = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n<!ENTITY lol \"lol\">\n");
        for (int i = 1; i <= 9; i++) {
            laughs.append("<!ENTITY lol").append(i).append(" \"");
            laughs.append(("&lol" + (i == 1 ? "" : i - 1) + ";").repeat(10)).append("\">\n");
        }
        laughs.append("]>\n<newsItem xmlns=\"http://iptc.org/std/nar/2006-10-01/\" guid=\"urn:x\">&lol9;</newsItem>");

        assertRefused(() -> newsMlReader.read(bytes(laughs.toString())), "item", "wire.item.doctype");
    }

    @Test
    void refusesBrokenXmlAndOtherRootElements() {
        assertRefused(() -> newsMlReader.read(bytes("<newsItem guid=\"x\"><headline>")), "item", "wire.item.malformed");
        assertRefused(
                () -> newsMlReader.read(bytes("<packageItem xmlns=\"http://iptc.org/std/nar/2006-10-01/\"/>")),
                "item",
                "wire.item.malformed");
    }

    @Test
    void namesEveryMissingRequiredFieldAtOnce() throws IOException {
        String xml = new String(fixture("wire-newsml-reprint.xml"), StandardCharsets.UTF_8);
        String broken = xml.replace("guid=\"urn:beihu-ribao:2026:1201:chunzhong-shuiku\"", "")
                .replace("<headline>春中水库除险加固工程通过验收</headline>", "")
                .replace("version=\"2\"", "version=\"0\"");
        assertRefused(() -> newsMlReader.read(bytes(broken)), "guid", "headline", "version");
        assertRefused(() -> ninjsReader.read(bytes("{\"version\": \"二\"}")), "uri", "headlines", "bodies", "version");
        assertRefused(
                () -> ninjsReader.read(bytes("{\"uri\": \"urn:a\", \"headlines\": [{\"value\": \"题\"}]}")), "bodies");
        assertRefused(() -> ninjsReader.read(bytes("{\"uri\": ")), "item");
        assertRefused(() -> ninjsReader.read(bytes("[1, 2]")), "item");
    }

    @Test
    void languageFollowsTheScriptOfTheText() {
        assertThat(NewsDocuments.languageOf("把每一道工序做到极致 CNC")).isEqualTo("zh-CN");
        assertThat(NewsDocuments.languageOf("Bridge passes its first load test"))
                .isEqualTo("en");
    }

    private static void assertRefused(Runnable read, String field, String messageKey) {
        assertThatThrownBy(read::run).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.problems()).hasSize(1);
            assertThat(e.problems().get(0).field()).isEqualTo(field);
            assertThat(e.problems().get(0).messageKey()).isEqualTo(messageKey);
        });
    }

    private static void assertRefused(Runnable read, String... fields) {
        assertThatThrownBy(read::run)
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems().stream()
                                        .map(p -> p.field())
                                        .toList())
                                .containsExactly(fields));
    }

    static NewsDocument reprint() {
        return document(new Rights(
                "东岭晚报",
                "© 东岭晚报",
                "本文转载自东岭晚报",
                new Original("东岭晚报", "韩晓岚", "数控车工的三十年", "https://www.dongling-wanbao.example/a.html")));
    }

    static NewsDocument original() {
        return document(new Rights("测试报", "© 2026 测试报", "本站原创", null));
    }

    private static NewsDocument document(Rights rights) {
        Instant at = Instant.parse("2026-03-18T00:30:00Z");
        return new NewsDocument(
                "https://news.example.test/news/2026/03/18/42.html",
                3,
                at.minusSeconds(3600),
                at.plusSeconds(60),
                at,
                "zh-CN",
                "测试报",
                "质量之光",
                "把每一道工序做到极致",
                "记一位数控车工的三十年",
                "三十年没有出过一件废品。",
                "<p>三十年来 &amp; 今天</p>",
                List.of(new Credit("reporter", "丁莹", "本报记者 丁莹 整理"), new Credit("correspondent", "王芳", "通讯员 王芳")),
                new Subject("质量视点", "https://news.example.test/channel/zhiliang/"),
                new Subject("《中国质量报》质量之光", "https://news.example.test/series/zhiliang/"),
                1,
                "A03",
                new Picture(
                        "https://news.example.test/media/abc-o.png",
                        "车间一角",
                        "丁莹 摄",
                        "数控车床",
                        List.of(
                                new Rendition(
                                        "original",
                                        "https://news.example.test/media/abc-o.png",
                                        "image/png",
                                        1200,
                                        800),
                                new Rendition(
                                        "thumb", "https://news.example.test/media/abc-t.png", "image/png", 240, 160))),
                rights);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] fixture(String name) throws IOException {
        try (InputStream in = NewsFormatsTests.class.getResourceAsStream("/newsstandards/" + name)) {
            return in.readAllBytes();
        }
    }
}
