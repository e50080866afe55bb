package com.masthead.staff;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Set;

/** An admin's change to an account (everything but the login and the password). */
public record StaffAccountUpdate(
        @NotBlank @Size(max = 60) String realName,
        @NotBlank @Email @Size(max = 254) String email,
        Set<StaffRole> roles,
        Set<Long> channelIds,
        boolean active) {

    public StaffAccountUpdate {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
        channelIds = channelIds == null ? Set.of() : Set.copyOf(channelIds);
    }
}
