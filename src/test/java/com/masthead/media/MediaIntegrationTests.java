package com.masthead.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import com.masthead.shared.InvalidInputException;
import com.masthead.shared.NotFoundException;
import com.masthead.shared.PageRequest;
import com.masthead.staff.ApiTokens;
import com.masthead.staff.StaffRole;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

@SpringBootTest
@AutoConfigureMockMvc
class MediaIntegrationTests {

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("masthead.data-dir", () -> dataDir.toString());
        registry.add("spring.datasource.url", () -> "jdbc:sqlite:" + dataDir.resolve("t.db") + "?foreign_keys=true");
        registry.add("masthead.seed-demo-content", () -> "false");
        // What the default (half the heap) gives at the -Xmx512m the README recommends.
        registry.add("masthead.media.decode-memory", () -> "256MB");
    }

    @Autowired
    ImageLibrary library;

    @Autowired
    ApiTokens tokens;

    @Autowired
    MockMvc mvc;

    private String bearer;

    @BeforeEach
    void issueToken() {
        bearer = "Bearer " + tokens.issue("media-tests", StaffRole.REPORTER).secret();
    }

    @Test
    void storesAJpegWithoutItsExifGpsBlockAndTurnedUpright() throws Exception {
        byte[] upload = TestImages.jpegWithExif(300, 200, 1, 6); // 6: turn 90° clockwise to display
        assertThat(text(upload)).contains("Exif", TestImages.GPS_MARKER);

        Image image = library.ingest(upload, "IMG_0001.JPG", new ImageMetadata("街景", null, "本报记者 李岩 摄"));

        byte[] stored = Files.readAllBytes(originalPath(image));
        assertThat(text(stored)).doesNotContain("Exif", TestImages.GPS_MARKER, "MM\0*");
        assertThat(image.mediaType()).isEqualTo("image/jpeg");
        assertThat(image.extension()).isEqualTo("jpg");
        assertThat(image.width()).isEqualTo(200);
        assertThat(image.height()).isEqualTo(300);
        assertThat(image.byteSize()).isEqualTo(stored.length);
        assertThat(image.hash()).hasSize(64).isEqualTo(sha256(stored));
        assertThat(image.alt()).isEqualTo("街景");
        assertThat(image.credit()).isEqualTo("本报记者 李岩 摄");
    }

    @Test
    void refusesATextFileNamedJpgOnTheFileField() throws Exception {
        byte[] text = "这不是图片，只是一段文字。".getBytes(StandardCharsets.UTF_8);

        mvc.perform(upload(new MockMultipartFile("file", "photo.jpg", "image/jpeg", text)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("validation-failed"))
                .andExpect(jsonPath("$.errors[0].field").value("file"))
                .andExpect(jsonPath("$.errors[0].message").value("只支持 JPEG、PNG、WebP 和 GIF 图片（按文件内容判断，与扩展名无关）。"));
    }

    @Test
    void refusesAFileOverTheSizeLimit() {
        byte[] jpeg = TestImages.jpeg(50, 50, 2);
        byte[] oversized = java.util.Arrays.copyOf(jpeg, 10 * 1024 * 1024 + 1);

        thenRefusedOnFile(() -> library.ingest(oversized, "big.jpg", null), "media.file.too-large");
    }

    @Test
    void refusesAPixelBombQuicklyAndStoresNothing() {
        byte[] bomb = TestImages.pngDeclaring(60_000, 60_000);
        long before = library.list(new PageRequest(1, 1)).total();

        assertTimeoutPreemptively(
                Duration.ofSeconds(2),
                () -> thenRefusedOnFile(() -> library.ingest(bomb, "bomb.png", null), "media.image.too-large"));
        assertThat(library.list(new PageRequest(1, 1)).total()).isEqualTo(before);
    }

    @Test
    void aHugeRgbaPngFromAReporterIsDecodedSubsampledWithinTheHeapBudget() throws Exception {
        byte[] png = TestImages.mostlyUniformRgbaPng(6320, 6320, 11);
        assertThat(png.length).isLessThan(200 * 1024);

        mvc.perform(upload(new MockMultipartFile("file", "huge.png", "image/png", png)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.mediaType").value("image/png"))
                .andExpect(jsonPath("$.width").value(3160))
                .andExpect(jsonPath("$.height").value(3160));
    }

    @Test
    void refusesAPixelBombOverTheApiWith422NamingTheFileAndTheLimit() throws Exception {
        mvc.perform(upload(new MockMultipartFile(
                        "file", "bomb.png", "image/png", TestImages.pngDeclaring(60_000, 60_000))))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("image-too-large"))
                .andExpect(jsonPath("$.errors[0].field").value("file"))
                .andExpect(
                        jsonPath("$.errors[0].message").value("图片尺寸 60000×60000 像素过大：每边不能超过 12000 像素，总像素不能超过 40 百万。"));
    }

    @Test
    void writesEveryVariantAtItsWidthWithoutScalingUp() throws Exception {
        Image wide = library.ingest(TestImages.jpeg(2000, 1000, 3), "wide.jpg", null);
        Image small = library.ingest(TestImages.png(300, 200, 3), "small.png", null);

        assertThat(sizeOf(wide, ImageVariant.ORIGINAL)).containsExactly(2000, 1000);
        assertThat(sizeOf(wide, ImageVariant.ARTICLE)).containsExactly(960, 480);
        assertThat(sizeOf(wide, ImageVariant.CARD)).containsExactly(480, 240);
        assertThat(sizeOf(wide, ImageVariant.THUMB)).containsExactly(240, 120);
        assertThat(sizeOf(small, ImageVariant.ARTICLE)).containsExactly(300, 200);
        assertThat(sizeOf(small, ImageVariant.THUMB)).containsExactly(240, 160);
        assertThat(small.url(ImageVariant.THUMB)).endsWith("-t.png");
        try (var files = Files.list(originalPath(wide).getParent())) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .filteredOn(name -> name.startsWith(wide.hash()))
                    .containsExactlyInAnyOrder(
                            wide.hash() + "-o.jpg",
                            wide.hash() + "-a.jpg",
                            wide.hash() + "-c.jpg",
                            wide.hash() + "-t.jpg");
        }
    }

    @Test
    void answersADuplicateUploadWithTheStoredImage() {
        byte[] photo = TestImages.jpeg(400, 300, 4);
        Image first = library.ingest(photo, "a.jpg", new ImageMetadata("first", null, null));

        Image second = library.ingest(photo.clone(), "b.jpg", new ImageMetadata("second", null, null));

        assertThat(second.id()).isEqualTo(first.id());
        assertThat(second.alt()).isEqualTo("first");
    }

    @Test
    void uploadsOverTheApiAndServesEveryUrlAsImmutable() throws Exception {
        MvcResult created = mvc.perform(upload(new MockMultipartFile(
                                "file", "x.bin", "application/octet-stream", TestImages.jpeg(1200, 800, 5)))
                        .param("alt", "议会大楼")
                        .param("caption", "  ")
                        .param("credit", "新华社"))
                .andExpect(status().isCreated())
                .andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.mediaType").value("image/jpeg"))
                .andExpect(jsonPath("$.width").value(1200))
                .andExpect(jsonPath("$.alt").value("议会大楼"))
                .andExpect(jsonPath("$.caption").doesNotExist())
                .andReturn();
        String json = created.getResponse().getContentAsString();
        String hash = JsonPath.read(json, "$.hash");
        Map<String, String> urls = JsonPath.read(json, "$.urls");
        assertThat(created.getResponse().getHeader("Location"))
                .isEqualTo("/api/v1/images/" + JsonPath.read(json, "$.id"));
        assertThat(urls).containsOnlyKeys("original", "thumb", "card", "article");

        byte[] card = mvc.perform(get(urls.get("card")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "image/jpeg"))
                .andExpect(header().string("Cache-Control", "public, max-age=31536000, immutable"))
                .andExpect(header().string("ETag", "\"" + hash + "-c\""))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(ImageEncoderTests.size(card)).containsExactly(480, 320);
        mvc.perform(get(urls.get("card")).header("If-None-Match", "\"" + hash + "-c\""))
                .andExpect(status().isNotModified());
        mvc.perform(get(urls.get("original"))).andExpect(status().isOk());
    }

    @Test
    void answers404ForMediaNamesThatAreNotStoredFiles() throws Exception {
        mvc.perform(get("/media/" + "0".repeat(64) + "-o.jpg")).andExpect(status().isNotFound());
        mvc.perform(get("/media/..%2Ft.db")).andExpect(status().is4xxClientError()); // the firewall stops it first
        mvc.perform(get("/media/t.db")).andExpect(status().isNotFound());
    }

    @Test
    void regeneratesADeletedVariantWhenItIsRequested() throws Exception {
        Image image = library.ingest(TestImages.png(1000, 500, 6), "p.png", null);
        Path thumb = originalPath(image).resolveSibling(image.hash() + "-t.png");
        Files.delete(thumb);

        mvc.perform(get(image.url(ImageVariant.THUMB)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "image/png"));

        assertThat(ImageEncoderTests.size(Files.readAllBytes(thumb))).containsExactly(240, 120);
    }

    @Test
    void updatesTextOnlyAtTheCurrentVersion() throws Exception {
        Image image = library.ingest(TestImages.jpeg(100, 100, 7), "v.jpg", null);
        String body = "{\"alt\":\"新的替代文字\",\"caption\":\"图说\",\"credit\":null}";

        mvc.perform(put("/api/v1/images/" + image.id())
                        .header("Authorization", bearer)
                        .header("If-Match", "\"0\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"1\""))
                .andExpect(jsonPath("$.caption").value("图说"));
        mvc.perform(put("/api/v1/images/" + image.id())
                        .header("Authorization", bearer)
                        .header("If-Match", "\"0\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isConflict());
        mvc.perform(put("/api/v1/images/" + image.id())
                        .header("Authorization", bearer)
                        .header("If-Match", "\"1\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"alt\":\"" + "长".repeat(201) + "\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("alt"));
        assertThat(library.require(image.id(), null).version()).isEqualTo(1);
    }

    @Test
    void listsNewestFirstAndFindsManyInOneCall() throws Exception {
        Image older = library.ingest(TestImages.jpeg(60, 40, 8), "1.jpg", null);
        Image newer = library.ingest(TestImages.jpeg(60, 40, 9), "2.jpg", null);

        List<Long> listed = library.list(new PageRequest(1, 100)).items().stream()
                .map(Image::id)
                .toList();
        assertThat(listed.indexOf(newer.id())).isLessThan(listed.indexOf(older.id()));
        assertThat(library.findAll(List.of(older.id(), newer.id(), older.id(), -1L)))
                .containsOnlyKeys(older.id(), newer.id());
        assertThat(library.findAll(List.of())).isEmpty();
        mvc.perform(get("/api/v1/images").param("size", "1").header("Authorization", bearer))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items.length()").value(1))
                .andExpect(jsonPath("$.size").value(1));
    }

    @Test
    void namesTheFieldOfAMissingImage() throws Exception {
        assertThatThrownBy(() -> library.require(999_999, "leadImageId"))
                .isInstanceOfSatisfying(
                        NotFoundException.class, e -> assertThat(e.field()).isEqualTo("leadImageId"));
        assertThat(library.find(999_999)).isEmpty();
        mvc.perform(get("/api/v1/images/999999").header("Authorization", bearer))
                .andExpect(status().isNotFound());
    }

    @Test
    void refusesUploadsWithoutAToken() throws Exception {
        mvc.perform(multipart("/api/v1/images")
                        .file(new MockMultipartFile("file", "a.jpg", "image/jpeg", TestImages.jpeg(10, 10, 10))))
                .andExpect(status().isUnauthorized());
    }

    private MockMultipartHttpServletRequestBuilder upload(MockMultipartFile file) {
        MockMultipartHttpServletRequestBuilder request =
                multipart("/api/v1/images").file(file);
        request.header("Authorization", bearer);
        return request;
    }

    private Path originalPath(Image image) {
        return dataDir.resolve("media")
                .resolve(image.hash().substring(0, 2))
                .resolve(image.hash() + "-o." + image.extension());
    }

    private int[] sizeOf(Image image, ImageVariant variant) throws Exception {
        String name = image.url(variant).substring("/media/".length());
        return ImageEncoderTests.size(Files.readAllBytes(originalPath(image).resolveSibling(name)));
    }

    private static void thenRefusedOnFile(Runnable upload, String messageKey) {
        assertThatThrownBy(upload::run)
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems()).singleElement().satisfies(p -> {
                            assertThat(p.field()).isEqualTo("file");
                            assertThat(p.messageKey()).isEqualTo(messageKey);
                        }));
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }

    private static String sha256(byte[] bytes) throws Exception {
        return java.util.HexFormat.of()
                .formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
