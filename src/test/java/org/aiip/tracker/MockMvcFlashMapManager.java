package org.aiip.tracker;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;
import org.springframework.web.util.WebUtils;

/**
 * Test-only flash map manager. MockMvc's {@code flashAttr(...)} puts its flash map into the mock
 * request's own session, which Spring Session (sessions in the database) hides behind its own; so
 * when the database session holds no flash map, this one also looks into the mock session. Real
 * requests (and redirects with flash attributes) go through the database session as in production.
 * Registered for every test context by {@code META-INF/spring.factories} of the test classpath.
 */
public class MockMvcFlashMapManager extends SessionFlashMapManager {

    /** SessionFlashMapManager's own (private) attribute name. */
    private static final String FLASH_MAPS = SessionFlashMapManager.class.getName() + ".FLASH_MAPS";

    @Override
    @SuppressWarnings("unchecked")
    protected List<FlashMap> retrieveFlashMaps(HttpServletRequest request) {
        List<FlashMap> maps = super.retrieveFlashMaps(request);
        if (maps != null) {
            return maps;
        }
        MockHttpServletRequest mock = WebUtils.getNativeRequest(request, MockHttpServletRequest.class);
        HttpSession mockSession = (mock != null) ? mock.getSession(false) : null;
        return (mockSession != null) ? (List<FlashMap>) mockSession.getAttribute(FLASH_MAPS) : null;
    }

    /** Registers the manager under the name the DispatcherServlet looks for. */
    public static class Registrar implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            if (context instanceof GenericApplicationContext generic
                    && !generic.containsBeanDefinition(DispatcherServlet.FLASH_MAP_MANAGER_BEAN_NAME)) {
                generic.registerBean(DispatcherServlet.FLASH_MAP_MANAGER_BEAN_NAME, MockMvcFlashMapManager.class);
            }
        }

    }

}
