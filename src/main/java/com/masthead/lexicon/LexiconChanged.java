package com.masthead.lexicon;

import com.masthead.shared.AuditedEvent;

/**
 * An admin changed the lexicon (added, re-tiered, removed or imported terms). The screen rebuilds its automaton
 * after the change commits; pages that display masked text are stale.
 *
 * @param action {@code lexicon.term-added}, {@code lexicon.term-retiered}, {@code lexicon.term-removed} or
 *     {@code lexicon.imported}
 */
public record LexiconChanged(String action, String actor, String subject, String detail) implements AuditedEvent {

    @Override
    public String auditAction() {
        return action;
    }

    @Override
    public String auditActor() {
        return actor;
    }

    @Override
    public String auditSubject() {
        return subject;
    }

    @Override
    public String auditDetail() {
        return detail;
    }
}
