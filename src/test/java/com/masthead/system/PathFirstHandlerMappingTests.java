package com.masthead.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.util.ServletRequestPathUtils;

/** The first-segment pre-check may only skip mappings that could never match. */
class PathFirstHandlerMappingTests {

    @Test
    void aPatternsHeadIsItsFirstSegmentOnlyWhenThatIsPlainText() {
        assertThat(PathFirstHandlerMapping.headOf("/news/{y}/{m}/{d}/{id}.html"))
                .isEqualTo("news");
        assertThat(PathFirstHandlerMapping.headOf("/admin")).isEqualTo("admin");
        assertThat(PathFirstHandlerMapping.headOf("/")).isEmpty();
        assertThat(PathFirstHandlerMapping.headOf("")).isEmpty();
        assertThat(PathFirstHandlerMapping.headOf("/{slug}/index.html")).isNull();
        assertThat(PathFirstHandlerMapping.headOf("/**")).isNull();
        assertThat(PathFirstHandlerMapping.headOf("/sitemap-*.xml")).isNull();
        assertThat(PathFirstHandlerMapping.headOf("/a?c/x")).isNull();
    }

    @Test
    void aMappingWithAnyVariableHeadIsAlwaysACandidate() {
        RequestMappingInfo literal =
                RequestMappingInfo.paths("/api/v1/articles", "/admin/articles").build();
        RequestMappingInfo mixed =
                RequestMappingInfo.paths("/api/x", "/{channel}/").build();
        assertThat(PathFirstHandlerMapping.headsOf(literal)).containsExactlyInAnyOrder("api", "admin");
        assertThat(PathFirstHandlerMapping.headsOf(mixed)).isEmpty();
    }

    @Test
    void aRequestsHeadIsDecodedAndWithoutPathParameters() {
        assertThat(headOfRequest("/news/2026/11/26/46.html")).isEqualTo("news");
        assertThat(headOfRequest("/n%65ws/2026/1.html")).isEqualTo("news");
        assertThat(headOfRequest("/news;v=1/2026/1.html")).isEqualTo("news");
        assertThat(headOfRequest("/")).isEmpty();
        assertThat(PathFirstHandlerMapping.headOf(new MockHttpServletRequest("GET", "/news/1.html")))
                .as("without a parsed path nothing is skipped")
                .isNull();
    }

    private static String headOfRequest(String uri) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", uri);
        ServletRequestPathUtils.parseAndCache(request);
        return PathFirstHandlerMapping.headOf(request);
    }
}
