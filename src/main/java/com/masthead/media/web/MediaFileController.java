package com.masthead.media.web;

import com.masthead.media.MediaFiles;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Serves uploaded pictures at their content-hashed URLs. A URL's bytes never change, so every answer may be
 * cached for a year without revalidation; a request with a matching {@code If-None-Match} gets 304. Anything that
 * is not exactly a media file name is 404, with no body.
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
                .map(file -> ResponseEntity.ok()
                        .header(HttpHeaders.CACHE_CONTROL, CACHE_FOREVER)
                        .eTag(file.entityTag())
                        .contentType(MediaType.parseMediaType(file.contentType()))
                        .<Resource>body(new FileSystemResource(file.path())))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
