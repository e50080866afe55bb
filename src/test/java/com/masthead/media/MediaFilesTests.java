package com.masthead.media;

import static org.assertj.core.api.Assertions.assertThat;

import com.masthead.storage.ObjectStore;
import com.masthead.storage.PublicFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MediaFilesTests {

    private static final String HASH = "ab".repeat(32);

    @TempDir
    Path dataDir;

    private ImageStore store;
    private MediaFiles files;

    @org.junit.jupiter.api.BeforeEach
    void setUp() {
        ObjectStore objects = ObjectStore.inDirectory(dataDir);
        store = new ImageStore(objects);
        files = new MediaFiles(store, objects, PublicFiles.none(), new ImageEncoder(MediaProperties.defaults()));
    }

    @Test
    void resolvesAStoredFileWithItsContentTypeAndEntityTag() {
        givenStored(ImageVariant.ORIGINAL, "jpg", TestImages.jpeg(100, 50, 1));

        Optional<MediaFile> file = files.resolve(HASH + "-o.jpg");

        assertThat(file).hasValueSatisfying(f -> {
            assertThat(f.key()).isEqualTo("media/ab/" + HASH + "-o.jpg");
            assertThat(dataDir.resolve(f.key())).isRegularFile();
            assertThat(f.contentType()).isEqualTo("image/jpeg");
            assertThat(f.entityTag()).isEqualTo(HASH + "-o");
        });
    }

    @Test
    void refusesEveryNameThatIsNotExactlyAMediaFileName() {
        givenStored(ImageVariant.ORIGINAL, "jpg", TestImages.jpeg(100, 50, 1));

        assertThat(files.resolve("../../masthead.db")).isEmpty();
        assertThat(files.resolve("..%2F" + HASH + "-o.jpg")).isEmpty();
        assertThat(files.resolve(HASH.toUpperCase() + "-o.jpg")).isEmpty();
        assertThat(files.resolve(HASH + "-o.jpeg")).isEmpty();
        assertThat(files.resolve(HASH + "-x.jpg")).isEmpty();
        assertThat(files.resolve(HASH + "-o.jpg/")).isEmpty();
        assertThat(files.resolve(HASH.substring(1) + "-o.jpg")).isEmpty();
        assertThat(files.resolve(null)).isEmpty();
    }

    @Test
    void generatesAMissingVariantFromTheOriginalOnce() throws Exception {
        givenStored(ImageVariant.ORIGINAL, "jpg", TestImages.jpeg(1000, 500, 1));

        Optional<MediaFile> card = files.resolve(HASH + "-c.jpg");

        assertThat(card).isPresent();
        Path path = dataDir.resolve(card.get().key());
        assertThat(ImageEncoderTests.size(Files.readAllBytes(path))).containsExactly(480, 240);
        long written = Files.getLastModifiedTime(path).toMillis();
        assertThat(files.resolve(HASH + "-c.jpg")).contains(card.get());
        assertThat(Files.getLastModifiedTime(path).toMillis()).isEqualTo(written);
    }

    @Test
    void generatesPngVariantsOfAGifOriginal() {
        givenStored(
                ImageVariant.ORIGINAL,
                "gif",
                TestImages.write(
                        TestImages.picture(300, 100, 1, java.awt.image.BufferedImage.TYPE_BYTE_INDEXED), "gif"));

        assertThat(files.resolve(HASH + "-t.png"))
                .hasValueSatisfying(f -> assertThat(f.contentType()).isEqualTo("image/png"));
        assertThat(files.resolve(HASH + "-t.jpg")).isEmpty();
    }

    @Test
    void findsNothingWithoutAnOriginal() {
        assertThat(files.resolve(HASH + "-o.jpg")).isEmpty();
        assertThat(files.resolve(HASH + "-t.jpg")).isEmpty();
        assertThat(dataDir.resolve("media/ab/" + HASH + "-t.jpg")).doesNotExist();
    }

    private void givenStored(ImageVariant variant, String extension, byte[] bytes) {
        store.write(ImageStore.key(HASH, variant, extension), bytes);
    }
}
