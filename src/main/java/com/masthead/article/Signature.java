package com.masthead.article;

import com.masthead.staff.StaffMember;
import java.time.Instant;
import java.util.Objects;

/** Who makes a change to an article, and when: the two facts every transition records. */
record Signature(StaffMember by, Instant at) {

    Signature {
        Objects.requireNonNull(by);
        Objects.requireNonNull(at);
    }
}
