package com.masthead.article.web;

import com.masthead.backoffice.BackofficePage;
import com.masthead.backoffice.BackofficePages;
import com.masthead.mail.MailOutbox;
import com.masthead.mail.MailStatus;
import com.masthead.mail.OutgoingMail;
import com.masthead.mail.QueuedMail;
import com.masthead.shared.DisplayText;
import com.masthead.staff.StaffAccount;
import com.masthead.staff.StaffAccounts;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Send a test mail" on the setup checklist's SMTP item: an administrator sends one message to their own address
 * (or one they type) through the real mail path, and the dashboard then says whether the SMTP server took it or
 * why not. Without an SMTP server nothing is sent and the dashboard says so.
 */
@Controller
class SetupTestMailController {

    static final String REPORT = "testMail";

    private final MailOutbox mail;
    private final StaffAccounts accounts;
    private final BackofficePages pages;
    private final Clock clock;

    SetupTestMailController(MailOutbox mail, StaffAccounts accounts, BackofficePages pages, Clock clock) {
        this.mail = mail;
        this.accounts = accounts;
        this.pages = pages;
        this.clock = clock;
    }

    @PostMapping("/admin/setup/test-mail")
    String send(HttpServletRequest request, @RequestParam(required = false) String to, RedirectAttributes redirect) {
        BackofficePage page = pages.of(request, "newsroom.dashboard.title");
        String recipient = DisplayText.isBlank(to) ? ownAddress(page) : to.strip();
        redirect.addFlashAttribute(REPORT, report(page, recipient));
        return "redirect:/admin/#setup";
    }

    private TestMailReport report(BackofficePage page, String recipient) {
        if (!mail.smtpConfigured()) {
            return new TestMailReport(recipient, "not-configured", null);
        }
        if (!wellFormed(recipient)) {
            return new TestMailReport(recipient, "invalid", null);
        }
        QueuedMail sent = mail.sendNow(new OutgoingMail(
                recipient,
                page.t().get("newsroom.setup.test-mail.subject"),
                page.t()
                        .get(
                                "newsroom.setup.test-mail.body",
                                page.user().login(),
                                clock.instant().toString()),
                "setup-test-mail"));
        return new TestMailReport(
                recipient,
                sent.status().name().toLowerCase(Locale.ROOT),
                sent.status() == MailStatus.SENT ? null : sent.lastError());
    }

    private String ownAddress(BackofficePage page) {
        return accounts.findByLogin(page.user().login())
                .map(StaffAccount::email)
                .orElse(null);
    }

    private static boolean wellFormed(String address) {
        if (address == null || address.length() > 254) {
            return false;
        }
        try {
            new InternetAddress(address, true).validate();
            return address.indexOf('@') > 0;
        } catch (AddressException e) {
            return false;
        }
    }
}
