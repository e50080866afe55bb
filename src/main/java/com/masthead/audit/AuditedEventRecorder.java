package com.masthead.audit;

import com.masthead.shared.AuditedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Records every published {@link AuditedEvent}. A plain synchronous listener on purpose: it runs inside the
 * publisher's transaction, so the entry is committed exactly when the change is, and a failure to record rolls the
 * change back (a change that cannot be audited does not happen).
 */
@Component
class AuditedEventRecorder {

    private final AuditChain chain;
    private final RequestAddress address;

    AuditedEventRecorder(AuditChain chain, RequestAddress address) {
        this.chain = chain;
        this.address = address;
    }

    @EventListener
    void on(AuditedEvent event) {
        chain.append(new AuditDraft(
                event.auditActor(), event.auditAction(), event.auditSubject(), event.auditDetail(), address.current()));
    }
}
