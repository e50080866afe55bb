package com.masthead.media.web;

import com.masthead.media.MediaFiles;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Serves uploaded pictures at their content-hashed URLs. A URL's bytes never change, so every answer may be
 * cached for a year without revalidation; a request with a matching {@code If-None-Match} gets 304. Anything that
 * is not exactly a media file name is 404, with no body. With {@code masthead.storage.public-base-url} set, the
 * answer is a permanent redirect to the file's public address (bucket or CDN), cacheable as long.
 */
@Controller
class MediaFileController {

    static final String CACHE_FOREVER = "public, max-age=31536000, immutable";

    private final MediaFiles files;

    MediaFileController(MediaFiles files) {
        this.files = files;
    }

    @GetMapping("/media/{name}")
    ResponseEntity<Resource> file(@PathVariable String name) {
        return files.resolve(name)
                .flatMap(file -> files.publicUrl(file)
                        .map(url -> ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY)
                                .header(HttpHeaders.CACHE_CONTROL, CACHE_FOREVER)
                                .location(url)
                                .<Resource>build())
                        .or(() -> files.content(file)
                                .map(content -> ResponseEntity.ok()
                                        .header(HttpHeaders.CACHE_CONTROL, CACHE_FOREVER)
                                        .eTag(file.entityTag())
                                        .contentType(MediaType.parseMediaType(file.contentType()))
                                        .body(content))))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
