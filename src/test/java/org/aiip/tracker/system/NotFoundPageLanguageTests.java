package org.aiip.tracker.system;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/** The 404 page speaks the visitor's language; it comes from the container's error dispatch, so on a real port. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class NotFoundPageLanguageTests {

    @LocalServerPort
    int port;

    HttpResponse<String> get(String path, String acceptLanguage) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
            .header("Accept", "text/html");
        if (acceptLanguage != null) {
            request.header("Accept-Language", acceptLanguage);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void notFoundInKorean() throws Exception {
        HttpResponse<String> response = get("/members/nobody?lang=ko", null);
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("lang=\"ko\"", "<h1>페이지를 찾을 수 없음</h1>", "이 주소에는 아무것도 없습니다",
                "대시보드로 돌아가기", ">대시보드</a>");
    }

    @Test
    void notFoundInChineseByAcceptLanguage() throws Exception {
        HttpResponse<String> response = get("/clauses/9", "zh-CN,zh;q=0.9");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("lang=\"zh\"", "<h1>未找到</h1>", "此地址下没有内容", "返回概览");
    }

}
