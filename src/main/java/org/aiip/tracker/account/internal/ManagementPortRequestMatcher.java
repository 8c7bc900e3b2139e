package org.aiip.tracker.account.internal;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.actuate.autoconfigure.web.server.ManagementPortType;
import org.springframework.core.env.Environment;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Matches the requests that arrive on the separate management port, when one is set
 * ({@code management.server.port}). Spring Boot serves the actuator there from a child context,
 * but the application's security filter chain still sees every request on both ports, and paths
 * alone cannot tell them apart: the connector's port can. Behind a proxy the local port is the
 * port the connection came in on, whatever {@code X-Forwarded-Port} says.
 */
class ManagementPortRequestMatcher implements RequestMatcher {

    private final Environment environment;

    private final boolean separatePort;

    ManagementPortRequestMatcher(Environment environment) {
        this.environment = environment;
        this.separatePort = ManagementPortType.get(environment) == ManagementPortType.DIFFERENT;
    }

    @Override
    public boolean matches(HttpServletRequest request) {
        if (!this.separatePort) {
            return false; // without a separate port, local.management.port is the main port
        }
        // Known once the management server has started (management.server.port=0 means any free port).
        Integer port = this.environment.getProperty("local.management.port", Integer.class);
        return port != null && request.getLocalPort() == port;
    }

}
