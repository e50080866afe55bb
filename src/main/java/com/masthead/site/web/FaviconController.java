package com.masthead.site.web;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.time.Duration;
import javax.imageio.ImageIO;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.util.DigestUtils;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * {@code /favicon.ico}, which browsers fetch for every site whatever the page links: a 32-pixel icon drawn here
 * (a white newspaper page with red column rules on the masthead red), so there is no binary file to keep in step
 * with the logo. Public, cached for {@link #MAX_AGE} with an ETag (the address cannot carry a version).
 */
@Controller
class FaviconController {

    static final Duration MAX_AGE = Duration.ofDays(30);

    private static final MediaType ICON = MediaType.parseMediaType("image/x-icon");
    private static final Color RED = new Color(0xa3161c);

    private final byte[] icon = ico(png(draw(32)), 32);
    private final String etag = "\"" + DigestUtils.md5DigestAsHex(icon) + "\"";

    @GetMapping("/favicon.ico")
    ResponseEntity<byte[]> favicon() {
        return ResponseEntity.ok()
                .contentType(ICON)
                .cacheControl(CacheControl.maxAge(MAX_AGE).cachePublic())
                .eTag(etag)
                .body(icon);
    }

    private static BufferedImage draw(int size) {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(RED);
            g.fillRect(0, 0, size, size);
            g.setColor(Color.WHITE);
            g.fillRect(7, 5, 18, 22);
            g.setColor(RED);
            g.fillRect(10, 8, 12, 4); // the nameplate
            for (int y = 15; y <= 23; y += 3) {
                g.fillRect(10, y, 5, 1); // two columns of text
                g.fillRect(17, y, 5, 1);
            }
        } finally {
            g.dispose();
        }
        return image;
    }

    private static byte[] png(BufferedImage image) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An ICO file holding one PNG image (allowed since Windows Vista, read by every current browser). */
    private static byte[] ico(byte[] png, int size) {
        ByteBuffer ico = ByteBuffer.allocate(6 + 16 + png.length).order(ByteOrder.LITTLE_ENDIAN);
        ico.putShort((short) 0).putShort((short) 1).putShort((short) 1);
        ico.put((byte) size).put((byte) size).put((byte) 0).put((byte) 0);
        ico.putShort((short) 1).putShort((short) 32).putInt(png.length).putInt(6 + 16);
        ico.put(png);
        return ico.array();
    }
}
