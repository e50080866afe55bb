package com.masthead.backoffice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FilterLinksTests {

    @Test
    void listAddressesKeepTheOrderLeaveOutBlanksAndEncodeValues() {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("q", "港口 A&B=1");
        parameters.put("status", " ");
        parameters.put("channel", null);
        parameters.put("page", "2");

        assertThat(FilterLinks.url("/admin/x", parameters)).isEqualTo("/admin/x?q=%E6%B8%AF%E5%8F%A3+A%26B%3D1&page=2");
        assertThat(FilterLinks.url("/admin/x", Map.of("q", ""))).isEqualTo("/admin/x");
    }
}
