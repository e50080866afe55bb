package com.masthead.pagecache;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * Keeps a page's shared-cache permission to {@code 200} answers: the moment the application answers with any
 * other status (a redirect, a 404, a 410, an error) the {@code Cache-Control} the page cache set in advance is
 * replaced by the short one for other answers. Done as the status is set, because a redirect or an error is
 * committed at once and takes the headers it has at that moment. A {@code 304} keeps the page's value.
 */
final class SharedCachingByStatus extends HttpServletResponseWrapper {

    private final String otherAnswers;

    SharedCachingByStatus(HttpServletResponse response, String otherAnswers) {
        super(response);
        this.otherAnswers = otherAnswers;
    }

    @Override
    public void setStatus(int status) {
        restrict(status);
        super.setStatus(status);
    }

    @Override
    public void sendError(int status) throws IOException {
        restrict(status);
        super.sendError(status);
    }

    @Override
    public void sendError(int status, String message) throws IOException {
        restrict(status);
        super.sendError(status, message);
    }

    @Override
    public void sendRedirect(String location) throws IOException {
        restrict(SC_FOUND);
        super.sendRedirect(location);
    }

    @Override
    public void sendRedirect(String location, int status) throws IOException {
        restrict(status);
        super.sendRedirect(location, status);
    }

    @Override
    public void sendRedirect(String location, boolean clearBuffer) throws IOException {
        restrict(SC_FOUND);
        super.sendRedirect(location, clearBuffer);
    }

    @Override
    public void sendRedirect(String location, int status, boolean clearBuffer) throws IOException {
        restrict(status);
        super.sendRedirect(location, status, clearBuffer);
    }

    private void restrict(int status) {
        if (status != SC_OK && status != SC_NOT_MODIFIED && !isCommitted()) {
            setHeader("Cache-Control", otherAnswers);
        }
    }
}
