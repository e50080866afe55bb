package com.masthead.staff;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;

/** What an admin enters to create an account; the password is checked by {@link PasswordPolicy}. */
public record NewStaffAccount(
        @NotBlank @Size(min = 2, max = 40) @Pattern(regexp = "[a-z0-9][a-z0-9._-]*")
        String login,

        @NotBlank @Size(max = 60) String realName,
        @NotBlank @Email @Size(max = 254) String email,
        @NotEmpty Set<StaffRole> roles,
        Set<Long> channelIds,
        @NotBlank @Size(max = 200) String password) {

    public NewStaffAccount {
        channelIds = channelIds == null ? Set.of() : Set.copyOf(channelIds);
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }
}
