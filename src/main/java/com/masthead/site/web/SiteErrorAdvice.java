package com.masthead.site.web;

import com.masthead.shared.ForbiddenException;
import com.masthead.shared.NotFoundException;
import com.masthead.shared.UnavailableException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Error pages for everything that is not the JSON API (which has its own advice, ordered first): 404 for unknown
 * paths and missing content, 410 for taken-down articles, 400 naming the field for a form field missing or of the
 * wrong type, 500 without details. An unknown path under
 * {@code /api/} still gets a problem document.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class SiteErrorAdvice {

    private static final Logger log = LoggerFactory.getLogger(SiteErrorAdvice.class);

    private final SiteErrorPages pages;

    SiteErrorAdvice(SiteErrorPages pages) {
        this.pages = pages;
    }

    @ExceptionHandler({PageMissingException.class, NotFoundException.class})
    ModelAndView missing(HttpServletRequest request, HttpServletResponse response) {
        return page(404, request, response);
    }

    /**
     * A value of the wrong type: in the address (a path segment) the page does not exist, 404; in a staff form's
     * field (a {@code version} that is not a number) 400 naming the field.
     */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ModelAndView wrongType(
            MethodArgumentTypeMismatchException e, HttpServletRequest request, HttpServletResponse response) {
        if (e.getParameter().hasParameterAnnotation(RequestParam.class)
                && request.getRequestURI().startsWith("/admin/")) {
            return fieldPage(e.getName(), request, response);
        }
        return page(404, request, response);
    }

    /** A required field a form did not send (a staff form post without its hidden {@code version}): 400. */
    @ExceptionHandler(MissingServletRequestParameterException.class)
    ModelAndView missingField(
            MissingServletRequestParameterException e, HttpServletRequest request, HttpServletResponse response) {
        return fieldPage(e.getParameterName(), request, response);
    }

    @ExceptionHandler(ForbiddenException.class)
    ModelAndView forbidden(HttpServletRequest request, HttpServletResponse response) {
        return page(403, request, response);
    }

    @ExceptionHandler(PageGoneException.class)
    ModelAndView gone(HttpServletRequest request, HttpServletResponse response) {
        return page(410, request, response);
    }

    @ExceptionHandler(NoResourceFoundException.class)
    Object noResource(HttpServletRequest request, HttpServletResponse response) {
        return problemOrPage(HttpStatus.NOT_FOUND, "not-found", request, response);
    }

    /**
     * A body type no mapping accepts, or no answer in a type the client accepts. These are found while looking for
     * the handler, before any controller (and so the API's own advice) is chosen.
     */
    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    Object unsupportedType(HttpServletRequest request, HttpServletResponse response) {
        return problemOrPage(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type", request, response);
    }

    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    Object notAcceptable(HttpServletRequest request, HttpServletResponse response) {
        if (request.getRequestURI().startsWith("/api/")) {
            // no body: the client accepts none of the types the problem document could be written in
            return ResponseEntity.status(HttpStatus.NOT_ACCEPTABLE).build();
        }
        return page(406, request, response);
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ModelAndView method(HttpServletRequest request, HttpServletResponse response) {
        return page(405, request, response);
    }

    /**
     * A query string or form the container could not decode (broken percent-escapes or UTF-8, a broken multipart
     * body, an upload over the servlet limits): 400, not 500.
     */
    @ExceptionHandler({InvalidParameterException.class, MultipartException.class})
    Object undecodable(HttpServletRequest request, HttpServletResponse response) {
        return problemOrPage(HttpStatus.BAD_REQUEST, "malformed-request", request, response);
    }

    /** A service the page needs is down (search): 503 with the site's error page saying so, never cached. */
    @ExceptionHandler(UnavailableException.class)
    ModelAndView unavailable(UnavailableException e, HttpServletRequest request, HttpServletResponse response) {
        log.warn("{} unavailable: {}", request.getRequestURI(), e.getMessage());
        ExtendedModelMap model = new ExtendedModelMap();
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Retry-After", "30");
        String view = pages.unavailable(e.messageKey(), request, response, model);
        return new ModelAndView(view, model, HttpStatus.SERVICE_UNAVAILABLE);
    }

    @ExceptionHandler(Exception.class)
    ModelAndView unexpected(Exception e, HttpServletRequest request, HttpServletResponse response) {
        log.error("error rendering {}", request.getRequestURI(), e);
        return page(500, request, response);
    }

    /** A problem document under {@code /api/} (the API's codes, see ProblemCodes), else the site's error page. */
    private Object problemOrPage(
            HttpStatus status, String code, HttpServletRequest request, HttpServletResponse response) {
        if (request.getRequestURI().startsWith("/api/")) {
            ProblemDetail problem = ProblemDetail.forStatus(status);
            problem.setProperty("code", code);
            return ResponseEntity.status(status)
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(problem);
        }
        return page(status.value(), request, response);
    }

    private ModelAndView fieldPage(String field, HttpServletRequest request, HttpServletResponse response) {
        ExtendedModelMap model = new ExtendedModelMap();
        String view = pages.render(400, field, request, response, model);
        return new ModelAndView(view, model, HttpStatus.BAD_REQUEST);
    }

    private ModelAndView page(int status, HttpServletRequest request, HttpServletResponse response) {
        ExtendedModelMap model = new ExtendedModelMap();
        String view = pages.render(status, request, response, model);
        return new ModelAndView(view, model, HttpStatus.valueOf(status));
    }
}
