package com.masthead.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.masthead.support.SqliteSiteTest;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.time.Duration;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** Browsers ask every site for {@code /favicon.ico}; Masthead answers with a real icon that may be cached long. */
class FaviconIntegrationTests extends SqliteSiteTest {

    @Test
    void faviconIsAnIconWithAPictureThatBrowsersMayKeepForAWeek() throws Exception {
        HttpResponse<byte[]> response = HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(uri("/favicon.ico")).build(), HttpResponse.BodyHandlers.ofByteArray());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("image/x-icon");
        String cacheControl = response.headers().firstValue("Cache-Control").orElse("");
        assertThat(cacheControl).contains("public");
        long maxAge = Long.parseLong(cacheControl.replaceAll(".*max-age=(\\d+).*", "$1"));
        assertThat(Duration.ofSeconds(maxAge)).isGreaterThanOrEqualTo(Duration.ofDays(7));
        assertThat(response.headers().firstValue("ETag")).isPresent();

        ByteBuffer ico = ByteBuffer.wrap(response.body()).order(ByteOrder.LITTLE_ENDIAN);
        assertThat(ico.getShort(0)).as("reserved").isZero();
        assertThat(ico.getShort(2)).as("type: icon").isEqualTo((short) 1);
        assertThat(ico.getShort(4)).as("images").isGreaterThanOrEqualTo((short) 1);
        int size = ico.getInt(6 + 8);
        int offset = ico.getInt(6 + 12);
        byte[] png = Arrays.copyOfRange(response.body(), offset, offset + size);
        BufferedImage picture = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(picture.getWidth()).isEqualTo(picture.getHeight()).isGreaterThanOrEqualTo(32);
        // drawn, not blank: the corner is the masthead red, the centre white
        assertThat(picture.getRGB(1, picture.getHeight() / 2) & 0xffffff).isEqualTo(0xa3161c);
    }
}
