package org.truce.verification.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.bind.annotation.ExceptionHandler;
import org.truce.shared.Forbidden;
import org.truce.shared.InvalidInput;
import org.truce.shared.NotFound;
import org.truce.ui.LayoutPages;

/**
 * Base of the verification feature's pages (incidents, queue, findings): they use the web UI's
 * layout, and a refusal is shown as the page of its status, so that an incident the viewer may
 * not read is the same 404 page as one that does not exist.
 */
abstract class PageSupport implements LayoutPages {

    @ExceptionHandler(NotFound.class)
    void notFound(HttpServletResponse response) throws IOException {
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }

    @ExceptionHandler(Forbidden.class)
    void forbidden(HttpServletResponse response) throws IOException {
        response.sendError(HttpServletResponse.SC_FORBIDDEN);
    }

    @ExceptionHandler(InvalidInput.class)
    void invalid(HttpServletResponse response) throws IOException {
        response.sendError(HttpServletResponse.SC_BAD_REQUEST);
    }
}
