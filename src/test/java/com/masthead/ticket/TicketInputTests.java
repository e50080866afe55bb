package com.masthead.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.masthead.shared.FieldProblem;
import com.masthead.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

class TicketInputTests {

    private final TicketInput input = new TicketInput();

    @Test
    void linesLoseControlCharactersAndDirectionOverridesButKeepEmojiAndRareCharacters() {
        assertThat(input.line("name", " 张\u0000三\u202E \t 😀𠀀 ", 60)).isEqualTo("张 三 😀𠀀");
        assertThat(input.problems()).isEmpty();
    }

    @Test
    void textKeepsItsLinesButNotMoreThanOneEmptyLineInARow() {
        assertThat(input.text("problem", "第一行\r\n\r\n\r\n\r\n第二行\u0007\n  第三行  ", 100))
                .isEqualTo("第一行\n\n第二行\n第三行");
    }

    @Test
    void lengthsCountCharactersNotUtf16Units() {
        assertThat(input.line("name", "𠀀".repeat(60), 60)).isEqualTo("𠀀".repeat(60));
        assertThat(input.line("organization", "𠀀".repeat(61), 60)).isNull();

        assertThat(input.problems()).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("organization");
            assertThat(p.messageKey()).isEqualTo("ticket.field.too-long");
            assertThat(p.arguments()).containsExactly("60");
        });
    }

    @Test
    void aHugeValueIsRefusedWithoutBeingCleaned() {
        assertThat(input.text("problem", " ".repeat(1_000_000), 2000)).isNull();
        assertThat(input.hasProblem("problem")).isTrue();
    }

    @Test
    void requiredFieldsThatCleanToNothingAreMissing() {
        input.line("name", "\u202E\u0000 ", 60);
        input.text("problem", null, 60);
        input.optionalLine("note", "  ", 60);

        assertThat(input.problems())
                .extracting(FieldProblem::field, FieldProblem::messageKey)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("name", "ticket.field.required"),
                        org.assertj.core.groups.Tuple.tuple("problem", "ticket.field.required"));
    }

    @Test
    void emailAddressesAreCheckedAndFullWidthOnesUnderstood() {
        assertThat(input.email("email", "zhang.san+news@example.com.cn")).isEqualTo("zhang.san+news@example.com.cn");
        assertThat(input.email("email", "ｚｈａｎｇ＠ｅｘａｍｐｌｅ．ｏｒｇ")).isEqualTo("zhang@example.org");
        assertThat(input.problems()).isEmpty();

        for (String bad : new String[] {
            "plain", "a@b", "a@@b.org", "<script>@x.org", "a b@x.org", "a@x.org\r\nBcc: c@d.org", "a@-x.org", ".a@x.org"
        }) {
            TicketInput one = new TicketInput();
            assertThat(one.email("email", bad)).as(bad).isNull();
            assertThat(one.problems()).as(bad).isNotEmpty();
        }
    }

    @Test
    void phoneNumbersMayHaveAreaCodesDashesAndExtensions() {
        for (String good :
                new String[] {"13800138000", "0571-8765 4321", "+86 10 6512 3456", "(010)65123456转123", "０５７１－８７６５４３２１"
                }) {
            assertThat(new TicketInput().phone("phone", good)).as(good).isNotNull();
        }
        for (String bad : new String[] {"12", "call me", "1380013800x", "+-123456789", "1".repeat(25), "010-1234<b>"}) {
            TicketInput one = new TicketInput();
            assertThat(one.phone("phone", bad)).as(bad).isNull();
            assertThat(one.problems()).as(bad).isNotEmpty();
        }
    }

    @Test
    void throwsOnceWithEveryProblem() {
        input.line("name", "", 60);
        input.email("email", "x");

        assertThatThrownBy(input::throwIfInvalid)
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .extracting(FieldProblem::field)
                                .containsExactly("name", "email"));
    }
}
