package com.masthead.ticket;

import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** How a reader's attachment goes to staff: a download only, never cached, never rendered by the browser. */
public final class AttachmentDownloads {

    private AttachmentDownloads() {}

    /** The file as {@code <baseName>.<extension>}, sandboxed by its Content-Security-Policy. */
    public static ResponseEntity<Resource> of(AttachmentFile file, String baseName) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.type().contentType()))
                .contentLength(file.size())
                .cacheControl(CacheControl.noStore())
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(baseName + "." + file.type().extension())
                                .build()
                                .toString())
                .header("Content-Security-Policy", "sandbox; default-src 'none'")
                .body(file.content());
    }
}
