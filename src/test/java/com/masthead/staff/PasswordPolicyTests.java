package com.masthead.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.masthead.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

class PasswordPolicyTests {

    @Test
    void twelveCharactersOfAnyKindAreEnoughAndNoMixOfKindsIsRequired() {
        assertThatCode(() -> PasswordPolicy.check("password", "lanterncobal", "reporter"))
                .doesNotThrowAnyException();
        assertThatCode(() -> PasswordPolicy.check("password", "zebra lantern cobalt", "reporter"))
                .doesNotThrowAnyException();
        assertThatCode(() -> PasswordPolicy.check("password", "春眠不觉晓处处闻啼鸟夜来风雨", "reporter"))
                .doesNotThrowAnyException();
    }

    @Test
    void elevenCharactersAreTooShortEvenWithEveryKindMixedAndTheFieldIsNamed() {
        assertThatThrownBy(() -> PasswordPolicy.check("newPassword", "Aa1!Bb2@Cc3", "reporter"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.problems().get(0).field()).isEqualTo("newPassword");
                    assertThat(e.problems().get(0).messageKey()).isEqualTo("staff.password.too-short");
                });
    }

    @Test
    void commonPasswordsAreRefusedWhateverTheirCaseAndSpacing() {
        for (String common : new String[] {
            "Password1234", "QWERTY123456", "1qaz2wsx3edc", "woaini1314520", "Correct Horse Battery Staple"
        }) {
            assertThatThrownBy(() -> PasswordPolicy.check("password", common, "reporter"))
                    .as(common)
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            e -> assertThat(e.problems().get(0).messageKey()).isEqualTo("staff.password.common"));
        }
    }

    @Test
    void aPasswordContainingTheLoginOrLongerThan200IsRefused() {
        assertThatThrownBy(() -> PasswordPolicy.check("password", "my-reporter-secret", "reporter"))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> PasswordPolicy.check("password", "x".repeat(201), "reporter"))
                .isInstanceOf(InvalidInputException.class);
    }
}
