package org.truce.ui.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.bind.annotation.ExceptionHandler;
import org.truce.shared.Forbidden;
import org.truce.shared.InvalidInput;
import org.truce.shared.NotFound;

/**
 * Base of the pages that read a feature for the viewer: a refusal is shown as the page of its
 * status (404 for what the viewer may not see, exactly as for what does not exist), in the
 * frame, rather than as the API's problem document.
 */
public abstract class PageController {

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
