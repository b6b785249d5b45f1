package org.truce.ui.web;

import java.time.Instant;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * When the signed-in user signed in, for the dashboard: kept in the session at the moment the
 * form sign-in succeeds (the session itself may be older: it began with the sign-in form).
 */
@Component
class SignInTimes {

    private static final String ATTRIBUTE = SignInTimes.class.getName();

    @EventListener
    void signedIn(InteractiveAuthenticationSuccessEvent event) {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            request.getSession().setAttribute(ATTRIBUTE, Instant.ofEpochMilli(event.getTimestamp()));
        }
    }

    static Instant of(HttpSession session) {
        return session.getAttribute(ATTRIBUTE) instanceof Instant at ? at : Instant.ofEpochMilli(session.getCreationTime());
    }
}
