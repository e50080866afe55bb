package com.masthead.epaper;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import javax.imageio.ImageIO;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * PDFs for the intake tests, all made here: good issues with Chinese text in the embedded (subset) WenQuanYi Zen
 * Hei font, and every kind of hostile file the intake must refuse. Page size of the good ones: 600 × 900 pt.
 */
public final class TestPdfs {

    public static final float WIDTH = 600;
    public static final float HEIGHT = 900;
    static final Path FONT = Path.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc");

    private TestPdfs() {}

    /** An issue of {@code titles.length} pages, page i headed by {@code titles[i]} over two columns of body text. */
    public static byte[] issue(String... titles) {
        try (PDDocument doc = new PDDocument();
                TrueTypeCollection fonts = new TrueTypeCollection(FONT.toFile())) {
            TrueTypeFont ttf = fonts.getFontByName("WenQuanYiZenHei");
            PDType0Font font = PDType0Font.load(doc, ttf, true);
            for (String title : titles) {
                PDPage page = new PDPage(new PDRectangle(WIDTH, HEIGHT));
                doc.addPage(page);
                try (PDPageContentStream text = new PDPageContentStream(doc, page)) {
                    line(text, font, 28, 40, 820, title);
                    for (int row = 0; row < 20; row++) {
                        line(text, font, 11, 40, 760 - row * 16, "这是关于" + title + "的正文第" + (row + 1) + "行。");
                        line(text, font, 11, 320, 760 - row * 16, "第二栏继续报道" + title + "。");
                    }
                }
            }
            return bytes(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void line(PDPageContentStream text, PDType0Font font, float size, float x, float y, String s)
            throws IOException {
        text.beginText();
        text.setFont(font, size);
        text.newLineAtOffset(x, y);
        text.showText(s);
        text.endText();
    }

    /** {@code pages} empty pages of the given size in points. */
    public static byte[] blank(int pages, float width, float height) {
        try (PDDocument doc = new PDDocument()) {
            for (int i = 0; i < pages; i++) {
                doc.addPage(new PDPage(new PDRectangle(width, height)));
            }
            return bytes(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Encrypted with an owner password only: it opens without a password, but its content is encrypted. */
    public static byte[] encrypted() {
        return protect("", "owner-secret");
    }

    /** Needs a password to open at all. */
    public static byte[] passwordProtected() {
        return protect("reader-secret", "owner-secret");
    }

    private static byte[] protect(String user, String owner) {
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage(new PDRectangle(WIDTH, HEIGHT)));
            StandardProtectionPolicy policy = new StandardProtectionPolicy(owner, user, new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            return bytes(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first 60 % of a good issue. */
    public static byte[] truncated() {
        byte[] good = blank(3, WIDTH, HEIGHT);
        return Arrays.copyOf(good, good.length * 6 / 10);
    }

    /** A PDF header followed by random bytes and an end marker: nothing in it can be read. */
    public static byte[] corrupt() {
        byte[] noise = new byte[4096];
        new Random(14).nextBytes(noise);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(noise);
        out.writeBytes("\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }

    /** A JPEG photo, as a file named {@code page.pdf} would carry it. */
    public static byte[] jpeg() {
        try {
            BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "jpeg", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A page tree whose root lists itself among its kids. */
    public static byte[] selfReferencingPageTree() {
        return raw(List.of(
                "<< /Type /Catalog /Pages 2 0 R >>",
                "<< /Type /Pages /Kids [2 0 R 3 0 R] /Count 2 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 600 900] >>"));
    }

    /** A page whose resources hold arrays nested {@code depth} deep. */
    public static byte[] deeplyNested(int depth) {
        String nested = "[".repeat(depth) + "]".repeat(depth);
        return raw(List.of(
                "<< /Type /Catalog /Pages 2 0 R >>",
                "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 600 900] /Resources 4 0 R >>",
                "<< /Deep " + nested + " >>"));
    }

    /** A PDF written byte by byte: object i+1 is {@code objects[i]}, with a correct cross-reference table. */
    static byte[] raw(List<String> objects) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(out, "%PDF-1.7\n");
        List<Integer> offsets = new ArrayList<>();
        for (int i = 0; i < objects.size(); i++) {
            offsets.add(out.size());
            write(out, (i + 1) + " 0 obj\n" + objects.get(i) + "\nendobj\n");
        }
        int xref = out.size();
        StringBuilder table = new StringBuilder("xref\n0 " + (objects.size() + 1) + "\n0000000000 65535 f \n");
        offsets.forEach(o -> table.append(String.format("%010d 00000 n \n", o)));
        write(
                out,
                table + "trailer\n<< /Size " + (objects.size() + 1) + " /Root 1 0 R >>\nstartxref\n" + xref
                        + "\n%%EOF\n");
        return out.toByteArray();
    }

    private static void write(ByteArrayOutputStream out, String s) {
        out.writeBytes(s.getBytes(StandardCharsets.ISO_8859_1));
    }

    private static byte[] bytes(PDDocument doc) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        doc.save(out);
        return out.toByteArray();
    }
}
