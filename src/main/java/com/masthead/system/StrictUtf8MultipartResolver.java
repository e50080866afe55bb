package com.masthead.system;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.multipart.support.StandardServletMultipartResolver;

/**
 * The servlet container's multipart reader, refusing a text field that is not well-formed UTF-8 ({@link StrictUtf8})
 * instead of storing U+FFFD in its place, so that multipart forms (the reader forms with attachments, the media
 * library) answer broken encodings with the same 400 as urlencoded ones: the {@link MultipartException} goes to the
 * site's error page, or to a problem document under {@code /api/}. Files are not text and are not checked.
 */
class StrictUtf8MultipartResolver extends StandardServletMultipartResolver {

    @Override
    public MultipartHttpServletRequest resolveMultipart(HttpServletRequest request) throws MultipartException {
        MultipartHttpServletRequest resolved = super.resolveMultipart(request);
        try {
            for (Part part : request.getParts()) {
                if (part.getSubmittedFileName() == null && !wellFormed(part)) {
                    throw new MultipartException("form field '" + part.getName() + "' is not well-formed UTF-8");
                }
            }
        } catch (IOException | ServletException e) {
            throw new MultipartException("cannot read the multipart form", e);
        }
        return resolved;
    }

    private static boolean wellFormed(Part part) throws IOException {
        try (InputStream in = part.getInputStream()) {
            return StrictUtf8.isWellFormed(in.readAllBytes());
        }
    }
}
