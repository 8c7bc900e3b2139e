package org.aiip.tracker;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A browser-like HTTP client for tests on a real port (where the servlet container's error dispatch
 * happens, which MockMvc leaves out): it keeps cookies, sends HTML's Accept header, never follows
 * redirects, and signs in through the real form with its CSRF token.
 */
public final class ServerClient {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final String base;

    private final HttpClient http;

    private String language = "en";

    public ServerClient(int port) {
        this.base = "http://localhost:" + port;
        this.http = HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    }

    /** The Accept-Language this client sends. */
    public ServerClient language(String language) {
        this.language = language;
        return this;
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(request(path).GET());
    }

    public HttpResponse<String> send(String method, String path) throws IOException, InterruptedException {
        return send(request(path).method(method, HttpRequest.BodyPublishers.noBody()));
    }

    /** A form POST with this session's CSRF token (read from the given page first). */
    public HttpResponse<String> post(String path, Map<String, String> fields, String tokenPage)
            throws IOException, InterruptedException {
        Map<String, String> form = new LinkedHashMap<>(fields);
        form.put("_csrf", csrfToken(tokenPage));
        String body = form.entrySet()
            .stream()
            .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                    + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
        return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Signs in through the form (no second factor); fails the test if the password is not taken. */
    public ServerClient signIn(String username, String password) throws IOException, InterruptedException {
        HttpResponse<String> response = post("/login", Map.of("username", username, "password", password), "/login");
        assertThat(response.headers().firstValue("Location")).as("signed in as %s", username)
            .hasValueSatisfying(location -> assertThat(location).endsWith("/"));
        return this;
    }

    /** The CSRF token of this session, as a form on the page carries it. */
    public String csrfToken(String page) throws IOException, InterruptedException {
        Matcher matcher = CSRF.matcher(get(page).body());
        assertThat(matcher.find()).as("a CSRF token on %s", page).isTrue();
        return matcher.group(1);
    }

    public HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(this.base + path))
            .header("Accept", "text/html,application/xhtml+xml")
            .header("Accept-Language", this.language);
    }

    public HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

}
