package com.masthead.backoffice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import com.masthead.shared.FieldProblem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FilterFormsTests {

    @Test
    void listAddressesKeepTheOrderLeaveOutBlanksAndEncodeValues() {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("q", "港口 A&B=1");
        parameters.put("status", " ");
        parameters.put("channel", null);
        parameters.put("page", "2");

        assertThat(FilterForms.url("/admin/x", parameters)).isEqualTo("/admin/x?q=%E6%B8%AF%E5%8F%A3+A%26B%3D1&page=2");
        assertThat(FilterForms.url("/admin/x", Map.of("q", ""))).isEqualTo("/admin/x");
    }

    @Test
    void anUnreadableDateIsAProblemOnItsFieldAndABlankOneIsNoDate() {
        List<FieldProblem> problems = new ArrayList<>();

        assertThat(FilterForms.date("from", " 2025-03-18 ", "k", problems)).isEqualTo(LocalDate.of(2025, 3, 18));
        assertThat(FilterForms.date("from", "  ", "k", problems)).isNull();
        assertThat(problems).isEmpty();
        assertThat(FilterForms.date("to", "18.03.2025", "k", problems)).isNull();
        assertThat(problems)
                .extracting(FieldProblem::field, FieldProblem::messageKey)
                .containsExactly(tuple("to", "k"));
    }
}
