package com.masthead.epaper.web;

import com.masthead.epaper.EpaperFiles;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Serves page images at {@code /epaper/files/<sha256>-w<width>.jpg}. The name is the PDF's hash and the width,
 * so the bytes behind a URL never change: cached for a year without revalidation, like {@code /media/}. Anything
 * that is not exactly such a name of a stored image is 404 with no body. With {@code
 * masthead.storage.public-base-url} set, a permanent redirect to the image's public address instead.
 */
@Controller
class EpaperFileController {

    static final String CACHE_FOREVER = "public, max-age=31536000, immutable";
    private static final Pattern NAME = Pattern.compile("([0-9a-f]{64})-w([1-9][0-9]{1,3})\\.jpg");

    private final EpaperFiles files;

    EpaperFileController(EpaperFiles files) {
        this.files = files;
    }

    @GetMapping("/epaper/files/{name}")
    ResponseEntity<Resource> image(@PathVariable String name) {
        Matcher m = NAME.matcher(name);
        if (!m.matches()) {
            return ResponseEntity.notFound().build();
        }
        String hash = m.group(1);
        int width = Integer.parseInt(m.group(2));
        if (!files.hasImage(hash, width)) {
            return ResponseEntity.notFound().build();
        }
        return files.publicImageUrl(hash, width)
                .map(url -> ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY)
                        .header(HttpHeaders.CACHE_CONTROL, CACHE_FOREVER)
                        .location(url)
                        .<Resource>build())
                .or(() -> files.image(hash, width)
                        .map(content -> ResponseEntity.ok()
                                .header(HttpHeaders.CACHE_CONTROL, CACHE_FOREVER)
                                .eTag("\"" + hash + "-w" + width + "\"")
                                .contentType(MediaType.IMAGE_JPEG)
                                .body(content)))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
