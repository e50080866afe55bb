package com.masthead.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AuditDraftTests {

    @Test
    void dropsControlAndBidiCharactersSoStoredTextEqualsHashedText() {
        AuditDraft draft = new AuditDraft("li\u0000si", "auth.login", "staff:\u202Eevil", "line one\nline two", " ");

        assertThat(draft.actor()).isEqualTo("li si");
        assertThat(draft.subject()).isEqualTo("staff:evil");
        assertThat(draft.detail()).isEqualTo("line one line two");
        assertThat(draft.address()).isNull();
    }

    @Test
    void replacesLoneSurrogatesButKeepsCharactersOutsideTheBasicPlane() {
        AuditDraft draft = new AuditDraft("𠮷野", "a", "s", "bad \uD800 half", null);

        assertThat(draft.actor()).isEqualTo("𠮷野");
        assertThat(draft.detail()).isEqualTo("bad \uFFFD half");
    }

    @Test
    void cutsEveryFieldToItsColumnInCodePoints() {
        AuditDraft draft =
                new AuditDraft("名".repeat(500), "a".repeat(500), "s".repeat(500), "𠮷".repeat(3000), "1".repeat(100));

        assertThat(draft.actor().codePointCount(0, draft.actor().length())).isEqualTo(AuditDraft.MAX_ACTOR);
        assertThat(draft.action()).hasSize(AuditDraft.MAX_ACTION);
        assertThat(draft.subject()).hasSize(AuditDraft.MAX_SUBJECT);
        assertThat(draft.detail().codePointCount(0, draft.detail().length())).isEqualTo(AuditDraft.MAX_DETAIL);
        assertThat(draft.address()).hasSize(AuditDraft.MAX_ADDRESS);
    }

    @Test
    void blankRequiredFieldsGetPlaceholders() {
        AuditDraft draft = new AuditDraft(null, " ", null, null, null);

        assertThat(draft.actor()).isEqualTo("-");
        assertThat(draft.action()).isEqualTo("-");
        assertThat(draft.subject()).isEmpty();
        assertThat(draft.detail()).isEmpty();
    }
}
