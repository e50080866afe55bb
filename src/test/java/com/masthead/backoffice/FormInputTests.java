package com.masthead.backoffice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import com.masthead.backoffice.web.UserForm;
import com.masthead.channel.ChannelDraft;
import com.masthead.edition.IssueDraft;
import com.masthead.settings.SiteSettingsDraft;
import com.masthead.shared.FieldProblem;
import com.masthead.shared.InvalidInputException;
import com.masthead.staff.NewStaffAccount;
import com.masthead.staff.StaffRole;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class FormInputTests {

    private static final Validator VALIDATOR =
            Validation.buildDefaultValidatorFactory().getValidator();

    private final FormInput input = new FormInput(VALIDATOR);

    @Test
    void namesEachConstraintWithAMessageThatSaysWhatTheFieldNeeds() {
        input.valid(new ChannelDraft(null, " ", "Not A Slug", 0, "长".repeat(501), true));
        input.valid(new NewStaffAccount("ok", "名字", "not-an-email", Set.of(StaffRole.EDITOR), Set.of(), "x"));

        assertThat(keysByField())
                .containsEntry("name", "structure.field.required")
                .containsEntry("slug", "structure.field.slug")
                .containsEntry("description", "structure.field.too-long")
                .containsEntry("email", "structure.field.email");
        assertThat(problem("description").arguments()).containsExactly(500);
    }

    @Test
    void namesTheListFieldForABadElementAndGivesNumbersWithoutGrouping() {
        input.valid(new SiteSettingsDraft(
                "站", null, "https://example.cn", "Asia/Shanghai", "声明", "声明", List.of("行", "长".repeat(201)), null));
        input.valid(new IssueDraft(java.time.LocalDate.of(2026, 1, 1), 10_000_000));

        assertThat(keysByField())
                .containsEntry("footerLines", "structure.field.too-long")
                .containsEntry("number", "structure.field.max");
        assertThat(problem("number").arguments()).containsExactly("9999999");
    }

    @Test
    void keepsTheFirstProblemOfAFieldSoAParseErrorIsNotHiddenByTheMissingValue() {
        input.valid(new IssueDraft(input.date("date", "2026-02-30"), input.integer("number", "twelve")));

        assertThat(keysByField())
                .containsEntry("date", "structure.field.date")
                .containsEntry("number", "structure.field.number");
        assertThatThrownBy(input::throwIfInvalid)
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems()).hasSize(2));
    }

    @Test
    void blankNumbersAndIdsAreAbsentNotWrong() {
        assertThat(input.integer("position", " ")).isNull();
        assertThat(input.id("parentId", "")).isNull();
        assertThat(input.date("date", null)).isNull();
        input.throwIfInvalid();
    }

    @Test
    void rulesOfTheOwningModuleAddTheirProblems() {
        input.check(() -> {
            throw new InvalidInputException("password", "staff.password.too-short", 10);
        });

        assertThat(input.has("password")).isTrue();
    }

    @Test
    void theSummaryFollowsTheOrderOfTheFormsFields() {
        List<FieldProblem> problems = List.of(
                new FieldProblem("roles", "k"),
                new FieldProblem("unknown", "k"),
                new FieldProblem("login", "k"),
                new FieldProblem("email", "k"));

        assertThat(FormOrder.of(UserForm.class, problems))
                .extracting(FieldProblem::field)
                .containsExactly("login", "email", "roles", "unknown");
    }

    @Test
    void everyMessageThisFormReaderUsesExistsInBothLanguages() {
        Properties chinese = load("i18n/structure.properties");
        Properties english = load("i18n/structure_en.properties");
        for (String key : List.of(
                "structure.field.required",
                "structure.field.too-long",
                "structure.field.too-short",
                "structure.field.too-many",
                "structure.field.format",
                "structure.field.slug",
                "structure.field.login",
                "structure.field.base-url",
                "structure.field.email",
                "structure.field.min",
                "structure.field.max",
                "structure.field.number",
                "structure.field.date",
                "structure.field.invalid")) {
            assertThat(chinese).as(key).containsKey(key);
            assertThat(english).as(key).containsKey(key);
        }
    }

    private Map<String, String> keysByField() {
        return input.problems().stream().collect(Collectors.toMap(FieldProblem::field, FieldProblem::messageKey));
    }

    private FieldProblem problem(String field) {
        return input.problems().stream()
                .filter(p -> p.field().equals(field))
                .findFirst()
                .orElseThrow();
    }

    private static Properties load(String resource) {
        Properties properties = new Properties();
        try (Reader reader = new InputStreamReader(
                FormInputTests.class.getClassLoader().getResourceAsStream(resource), StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    @Test
    void anUnreadableDateIsAProblemOnItsFieldAndABlankOneIsNoDate() {
        List<FieldProblem> problems = new ArrayList<>();

        assertThat(FormInput.date("from", " 2025-03-18 ", "k", problems)).isEqualTo(LocalDate.of(2025, 3, 18));
        assertThat(FormInput.date("from", "  ", "k", problems)).isNull();
        assertThat(problems).isEmpty();
        assertThat(FormInput.date("to", "18.03.2025", "k", problems)).isNull();
        assertThat(problems)
                .extracting(FieldProblem::field, FieldProblem::messageKey)
                .containsExactly(tuple("to", "k"));
    }

    @Test
    void aDeskDateOutsideTheYearsAListCanUseIsRefusedNamingItsField() {
        assertThat(FormInput.requireDate("dueDate", "2026-12-24", "k")).isEqualTo(LocalDate.of(2026, 12, 24));
        assertThat(FormInput.requireDate("dueDate", "", "k")).isNull();
        assertThatThrownBy(() -> FormInput.requireDate("dueDate", "+10000-01-01", "k"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .extracting(FieldProblem::field, FieldProblem::messageKey)
                                .containsExactly(tuple("dueDate", "k")));
    }
}
