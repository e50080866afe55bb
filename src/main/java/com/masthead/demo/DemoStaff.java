package com.masthead.demo;

import com.masthead.shared.BootstrapLock;
import com.masthead.staff.StaffAccounts;
import com.masthead.staff.StaffIdentity;
import com.masthead.staff.StaffRole;
import com.masthead.system.MastheadProperties;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * In demo mode ({@code masthead.seed-demo-content}), opens one account per newsroom role on the first start, with
 * generated one-time passwords logged once in the same box as the first admin's, so a newcomer can walk a story
 * through 三审 (reporter → editor → section chief → editor-in-chief) and moderate comments within minutes. Accounts
 * that exist already are left alone, so later starts log nothing. Instances that start together take turns ({@link
 * BootstrapLock}), so each account is opened once.
 */
@Component
@Order(11)
class DemoStaff implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoStaff.class);

    record Person(String login, String realName, StaffRole role) {}

    static final List<Person> PEOPLE = List.of(
            new Person("demo-reporter", "演示记者", StaffRole.REPORTER),
            new Person("demo-editor", "演示编辑", StaffRole.EDITOR),
            new Person("demo-section-chief", "演示部主任", StaffRole.SECTION_CHIEF),
            new Person("demo-editor-in-chief", "演示总编辑", StaffRole.EDITOR_IN_CHIEF),
            new Person("demo-moderator", "演示审核员", StaffRole.MODERATOR));

    private final MastheadProperties properties;
    private final StaffAccounts accounts;
    private final BootstrapLock bootstrapLock;

    DemoStaff(MastheadProperties properties, StaffAccounts accounts, BootstrapLock bootstrapLock) {
        this.properties = properties;
        this.accounts = accounts;
        this.bootstrapLock = bootstrapLock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (properties.seedDemoContent()) {
            bootstrapLock.runAlone("demo staff", this::openAccounts);
        }
    }

    private void openAccounts() {
        StringBuilder created = new StringBuilder();
        for (Person person : PEOPLE) {
            if (accounts.findByLogin(person.login()).isEmpty()) {
                String password = accounts.createWithGeneratedPassword(
                        new StaffIdentity(
                                person.login(),
                                person.realName(),
                                person.login() + "@example.invalid",
                                Set.of(person.role())),
                        "system");
                created.append(String.format("%n   %-22s %-16s %s", person.login(), person.role(), password));
            }
        }
        if (!created.isEmpty()) {
            log.warn("""

                    ================================================================
                     Demo newsroom accounts at /login, one-time passwords (shown only this once):{}
                     Each first login asks for a new password before anything else.
                    ================================================================""", created);
        }
    }
}
