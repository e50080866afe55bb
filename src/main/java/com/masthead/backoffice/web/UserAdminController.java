package com.masthead.backoffice.web;

import com.masthead.backoffice.BackofficePage;
import com.masthead.backoffice.BackofficePages;
import com.masthead.backoffice.FormErrors;
import com.masthead.backoffice.FormInput;
import com.masthead.backoffice.FormOrder;
import com.masthead.backoffice.Forms;
import com.masthead.channel.Channel;
import com.masthead.channel.ChannelCatalog;
import com.masthead.channel.ChannelOption;
import com.masthead.shared.DisplayText;
import com.masthead.shared.FieldProblem;
import com.masthead.shared.InvalidInputException;
import com.masthead.shared.VersionConflictException;
import com.masthead.staff.NewStaffAccount;
import com.masthead.staff.PasswordPolicy;
import com.masthead.staff.StaffAccount;
import com.masthead.staff.StaffAccountUpdate;
import com.masthead.staff.StaffAccounts;
import com.masthead.staff.StaffRole;
import jakarta.servlet.http.HttpServletRequest;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Staff accounts for administrators: the list, creating an account (the password policy is checked at the field),
 * changing name, email, roles, channel limits and the active flag against the version that was read, and resetting
 * a password behind a confirmation step (the new one-time password is shown once, never stored in clear).
 */
@Controller
@RequestMapping("/admin/users")
class UserAdminController {

    private final BackofficePages pages;
    private final StaffAccounts accounts;
    private final ChannelCatalog channels;
    private final Forms forms;

    UserAdminController(BackofficePages pages, StaffAccounts accounts, ChannelCatalog channels, Forms forms) {
        this.pages = pages;
        this.accounts = accounts;
        this.channels = channels;
        this.forms = forms;
    }

    @GetMapping
    String list(
            HttpServletRequest request,
            @RequestParam(required = false) String created,
            @RequestParam(required = false) String saved,
            Model model) {
        BackofficePage page = pages.of(request, "structure.users.title");
        String notice = null;
        if (created != null) {
            notice = page.t().get("structure.users.created", created);
        } else if (saved != null) {
            notice = page.t().get("structure.users.saved", saved);
        }
        List<UserRow> rows = accounts.all().stream()
                .map(a -> new UserRow(a, channelNames(a.channelIds())))
                .toList();
        model.addAttribute("page", page);
        model.addAttribute("users", rows);
        model.addAttribute("notice", notice);
        return "admin/users";
    }

    @GetMapping("/new")
    String newUser(HttpServletRequest request, Model model) {
        return form(request, model, null, UserForm.empty(), List.of());
    }

    @PostMapping
    String create(HttpServletRequest request, UserForm form, Model model) {
        try {
            FormInput input = forms.read();
            String login = form.login() == null ? null : form.login().strip();
            NewStaffAccount account = input.valid(new NewStaffAccount(
                    login,
                    DisplayText.cleanLine(form.realName()),
                    DisplayText.cleanLine(form.email()),
                    roles(input, form),
                    channelIds(input, form),
                    form.password()));
            if (!input.has("password")) {
                input.check(() -> PasswordPolicy.check("password", form.password(), login));
            }
            input.throwIfInvalid();
            accounts.create(account, actor());
            return "redirect:/admin/users?created=" + account.login();
        } catch (InvalidInputException e) {
            return form(request, model, null, form.withoutPassword(), e.problems());
        }
    }

    @GetMapping("/{id}")
    String edit(HttpServletRequest request, @PathVariable long id, Model model) {
        StaffAccount account = accounts.find(id);
        return form(request, model, account, UserForm.of(account), List.of());
    }

    @PostMapping("/{id}")
    String update(HttpServletRequest request, @PathVariable long id, UserForm form, Model model) {
        StaffAccount account = accounts.find(id);
        try {
            FormInput input = forms.read();
            Integer version = input.integer("version", form.version());
            StaffAccountUpdate update = input.valid(new StaffAccountUpdate(
                    DisplayText.cleanLine(form.realName()),
                    DisplayText.cleanLine(form.email()),
                    roles(input, form),
                    channelIds(input, form),
                    form.isActive()));
            input.throwIfInvalid();
            accounts.update(id, version == null ? -1 : version, update, actor());
            return "redirect:/admin/users?saved=" + account.login();
        } catch (InvalidInputException e) {
            return form(request, model, account, form.withoutPassword(), e.problems());
        } catch (VersionConflictException e) {
            return form(
                    request,
                    model,
                    account,
                    form.withoutPassword(),
                    List.of(new FieldProblem("version", "structure.version-conflict")));
        }
    }

    @GetMapping("/{id}/password")
    String confirmReset(HttpServletRequest request, @PathVariable long id, Model model) {
        StaffAccount account = accounts.find(id);
        model.addAttribute("page", pages.of(request, "structure.users.reset.title", account.login()));
        model.addAttribute("account", account);
        model.addAttribute("password", null);
        return "admin/user-password";
    }

    /** Answers with the new password in the page itself (never in a URL); the staff chain marks it no-store. */
    @PostMapping("/{id}/password")
    String reset(HttpServletRequest request, @PathVariable long id, Model model) {
        StaffAccount account = accounts.find(id);
        String password = accounts.resetPassword(id, actor());
        model.addAttribute("page", pages.of(request, "structure.users.reset.title", account.login()));
        model.addAttribute("account", account);
        model.addAttribute("password", password);
        return "admin/user-password";
    }

    private String form(
            HttpServletRequest request, Model model, StaffAccount account, UserForm form, List<FieldProblem> problems) {
        BackofficePage page = account == null
                ? pages.of(request, "structure.users.new.title")
                : pages.of(request, "structure.users.edit.title", account.login());
        model.addAttribute("page", page);
        model.addAttribute("account", account);
        model.addAttribute("form", form);
        model.addAttribute("roles", List.of(StaffRole.values()));
        model.addAttribute("channels", ChannelOption.treeOrder(channels.all()));
        model.addAttribute("errors", FormErrors.of(FormOrder.of(UserForm.class, problems), page.t()));
        return "admin/user-form";
    }

    private static Set<StaffRole> roles(FormInput input, UserForm form) {
        Set<StaffRole> roles = EnumSet.noneOf(StaffRole.class);
        if (form.roles().isEmpty()) {
            input.add(new FieldProblem("roles", "staff.roles.required"));
        }
        for (String name : form.roles()) {
            try {
                roles.add(StaffRole.valueOf(name));
            } catch (IllegalArgumentException e) {
                input.add(new FieldProblem("roles", "structure.field.invalid"));
            }
        }
        return roles;
    }

    private Set<Long> channelIds(FormInput input, UserForm form) {
        if (form.channelIds().size() > 200) {
            input.add(new FieldProblem("channelIds", "structure.field.too-many", 200));
            return Set.of();
        }
        Set<Long> ids = new HashSet<>();
        for (String text : form.channelIds()) {
            Long id = input.id("channelIds", text);
            if (id != null && channels.find(id).isPresent()) {
                ids.add(id);
            } else if (id != null) {
                input.add(new FieldProblem("channelIds", "structure.field.invalid"));
            }
        }
        return ids;
    }

    private List<String> channelNames(Set<Long> ids) {
        return ids.stream()
                .map(channels::find)
                .flatMap(Optional::stream)
                .map(Channel::name)
                .sorted()
                .toList();
    }

    private static String actor() {
        return BackofficePages.currentMember().login();
    }
}
