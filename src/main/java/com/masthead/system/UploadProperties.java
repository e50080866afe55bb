package com.masthead.system;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * How large an upload may be ({@code masthead.uploads.*}). The container's multipart limit ({@code
 * spring.servlet.multipart.max-request-size}) is sized for the largest upload, the whole-issue PDF; every other
 * address is held to {@code maxRequestSize}, checked from the declared length before any byte is read.
 *
 * @param maxRequestSize largest multipart or PDF request body at ordinary addresses (pictures, reader
 *     attachments); default 11 MB
 * @param largeUploadPaths Ant-style paths that may take bodies up to the container's limit; default the issue
 *     PDF upload addresses of the back office and the API, and the WordPress import's upload
 */
@ConfigurationProperties("masthead.uploads")
public record UploadProperties(DataSize maxRequestSize, List<String> largeUploadPaths) {

    public UploadProperties {
        maxRequestSize = maxRequestSize == null ? DataSize.ofMegabytes(11) : maxRequestSize;
        largeUploadPaths = largeUploadPaths == null
                ? List.of("/admin/issues/*/pdf", "/api/v1/issues/*/pdf", "/admin/import/wordpress")
                : List.copyOf(largeUploadPaths);
    }
}
