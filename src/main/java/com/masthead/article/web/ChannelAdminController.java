package com.masthead.article.web;

import com.masthead.article.ReviewLadder;
import com.masthead.backoffice.BackofficePage;
import com.masthead.backoffice.BackofficePages;
import com.masthead.backoffice.FormErrors;
import com.masthead.backoffice.FormInput;
import com.masthead.backoffice.FormOrder;
import com.masthead.backoffice.Forms;
import com.masthead.channel.Channel;
import com.masthead.channel.ChannelCatalog;
import com.masthead.channel.ChannelDraft;
import com.masthead.channel.ChannelOption;
import com.masthead.shared.DisplayText;
import com.masthead.shared.FieldProblem;
import com.masthead.shared.InvalidInputException;
import com.masthead.shared.NotFoundException;
import com.masthead.shared.VersionConflictException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The channel tree for administrators: see it whole, add a channel anywhere, rename, move, reorder, hide, and set
 * how many review levels its articles need. The channel module keeps paths unique and refuses moving a channel
 * below itself; its messages come back at the fields.
 */
@Controller
@RequestMapping("/admin/channels")
class ChannelAdminController {

    private final BackofficePages pages;
    private final ChannelCatalog catalog;
    private final ChannelSetup setup;
    private final Forms forms;

    ChannelAdminController(BackofficePages pages, ChannelCatalog catalog, ChannelSetup setup, Forms forms) {
        this.pages = pages;
        this.catalog = catalog;
        this.setup = setup;
        this.forms = forms;
    }

    @GetMapping
    String tree(HttpServletRequest request, @RequestParam(required = false) String saved, Model model) {
        BackofficePage page = pages.of(request, "structure.channels.title");
        model.addAttribute("page", page);
        model.addAttribute("tree", ChannelNode.forest(ChannelOption.treeOrder(catalog.all())));
        model.addAttribute("notice", saved == null ? null : page.t().get("structure.form.saved"));
        return "admin/article/channels";
    }

    @GetMapping("/new")
    String newChannel(HttpServletRequest request, @RequestParam(required = false) Long parentId, Model model) {
        if (parentId != null && catalog.find(parentId).isEmpty()) {
            throw new NotFoundException("channel", parentId);
        }
        return form(request, model, null, ChannelForm.empty(parentId), List.of());
    }

    @PostMapping
    String create(HttpServletRequest request, ChannelForm form, Model model) {
        try {
            FormInput input = forms.read();
            int levels = levels(input, form, ReviewLadder.MAX_LEVELS);
            setup.create(draft(input, form, null), levels, actor());
            return "redirect:/admin/channels?saved";
        } catch (InvalidInputException e) {
            return form(request, model, null, form, e.problems());
        } catch (NotFoundException e) {
            return form(request, model, null, form, List.of(new FieldProblem("parentId", "structure.field.invalid")));
        }
    }

    @GetMapping("/{id}")
    String edit(HttpServletRequest request, @PathVariable long id, Model model) {
        Channel channel = catalog.require(id, null);
        return form(request, model, channel, ChannelForm.of(channel, setup.levelsFor(id)), List.of());
    }

    @PostMapping("/{id}")
    String update(HttpServletRequest request, @PathVariable long id, ChannelForm form, Model model) {
        Channel channel = catalog.require(id, null);
        try {
            FormInput input = forms.read();
            Integer version = input.integer("version", form.version());
            int levels = levels(input, form, setup.levelsFor(id));
            ChannelDraft draft = draft(input, form, id);
            setup.update(id, version == null ? -1 : version, draft, levels, actor());
            return "redirect:/admin/channels?saved";
        } catch (InvalidInputException e) {
            return form(request, model, channel, form, e.problems());
        } catch (NotFoundException e) {
            return form(
                    request, model, channel, form, List.of(new FieldProblem("parentId", "structure.field.invalid")));
        } catch (VersionConflictException e) {
            return form(
                    request, model, channel, form, List.of(new FieldProblem("version", "structure.version-conflict")));
        }
    }

    /** The review levels chosen (1 to 3), {@code unchanged} when none was sent; a problem on "levels" otherwise. */
    private static int levels(FormInput input, ChannelForm form, int unchanged) {
        Integer levels = input.integer("levels", form.levels());
        if (levels == null) {
            return unchanged;
        }
        if (levels < 1 || levels > ReviewLadder.MAX_LEVELS) {
            input.add(new FieldProblem("levels", "review.levels.range", 1, ReviewLadder.MAX_LEVELS));
            return unchanged;
        }
        return levels;
    }

    private static String actor() {
        return BackofficePages.currentMember().login();
    }

    private ChannelDraft draft(FormInput input, ChannelForm form, Long self) {
        Long parentId = input.id("parentId", form.parentId());
        if (parentId != null && self != null && parentId.equals(self)) {
            input.add(new FieldProblem("parentId", "channel.parent.cycle"));
        }
        Integer position = input.integer("position", form.position());
        ChannelDraft draft = input.valid(new ChannelDraft(
                parentId,
                DisplayText.cleanLine(form.name()),
                form.slug() == null ? null : form.slug().strip(),
                position,
                DisplayText.blankToNull(form.description()),
                form.isVisible()));
        input.throwIfInvalid();
        return draft;
    }

    private String form(
            HttpServletRequest request, Model model, Channel channel, ChannelForm form, List<FieldProblem> problems) {
        BackofficePage page = channel == null
                ? pages.of(request, "structure.channels.new.title")
                : pages.of(request, "structure.channels.edit.title", channel.name());
        List<ChannelOption> parents = ChannelOption.treeOrder(catalog.all());
        if (channel != null) {
            List<Long> below = catalog.subtreeIds(channel.id());
            parents = parents.stream().filter(o -> !below.contains(o.id())).toList();
        }
        model.addAttribute("page", page);
        model.addAttribute("channel", channel);
        model.addAttribute("form", form);
        model.addAttribute("parents", parents);
        model.addAttribute("maxLevels", ReviewLadder.MAX_LEVELS);
        model.addAttribute("errors", FormErrors.of(FormOrder.of(ChannelForm.class, problems), page.t()));
        return "admin/article/channel-form";
    }
}
