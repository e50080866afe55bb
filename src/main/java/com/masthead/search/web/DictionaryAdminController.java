package com.masthead.search.web;

import com.masthead.backoffice.BackofficePage;
import com.masthead.backoffice.BackofficePages;
import com.masthead.backoffice.FormErrors;
import com.masthead.search.DictionaryTerm;
import com.masthead.search.NewsroomDictionary;
import com.masthead.search.SearchIndexing;
import com.masthead.settings.SiteSettingsService;
import com.masthead.shared.InvalidInputException;
import com.masthead.shared.Messages;
import com.masthead.staff.Actors;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The newsroom dictionary and the index in the staff UI (ADMIN only, see {@link SearchAccessRules}): add and remove
 * terms that search must keep whole, start a rebuild, check the index against the database. A dictionary change
 * rebuilds the index in the background; searches go on meanwhile.
 */
@Controller
class DictionaryAdminController {

    static final String PATH = "/admin/search/dictionary";
    static final String REBUILD = "/admin/search/rebuild";
    static final String CHECK = "/admin/search/check";

    /** The kinds offered in the form; the API also takes other short labels, which are shown as stored. */
    static final List<String> KINDS = List.of("PERSON", "BODY", "PLACE", "PRODUCT", "OTHER");

    /** Confirmations after a redirect; anything else in {@code done} is ignored. */
    private static final Map<String, String> DONE_NOTICES = Map.of(
            "added", "search.dictionary.done.added",
            "removed", "search.dictionary.done.removed",
            "rebuilding", "search.dictionary.done.rebuilding");

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final BackofficePages pages;
    private final NewsroomDictionary dictionary;
    private final SearchIndexing indexing;
    private final SiteSettingsService settings;

    DictionaryAdminController(
            BackofficePages pages,
            NewsroomDictionary dictionary,
            SearchIndexing indexing,
            SiteSettingsService settings) {
        this.pages = pages;
        this.dictionary = dictionary;
        this.indexing = indexing;
        this.settings = settings;
    }

    @GetMapping(PATH)
    String list(HttpServletRequest request, @RequestParam(required = false) String done, Model model) {
        BackofficePage frame = pages.of(request, "search.dictionary.title");
        String notice =
                done != null && DONE_NOTICES.containsKey(done) ? frame.t().get(DONE_NOTICES.get(done)) : null;
        return page(frame, model, FormErrors.none(), "", "", notice);
    }

    @PostMapping(PATH)
    String add(
            HttpServletRequest request,
            HttpServletResponse response,
            @RequestParam(defaultValue = "") String term,
            @RequestParam(defaultValue = "") String kind,
            Model model) {
        try {
            dictionary.add(term, KINDS.contains(kind) ? kind : "OTHER", Actors.current());
            return "redirect:" + PATH + "?done=added";
        } catch (InvalidInputException e) {
            BackofficePage frame = pages.of(request, "search.dictionary.title");
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            String typed = term.length() > 200 ? term.substring(0, 200) : term;
            return page(frame, model, FormErrors.of(e.problems(), frame.t()), typed, kind, null);
        }
    }

    @PostMapping(PATH + "/{id}/delete")
    String remove(@PathVariable long id) {
        dictionary.remove(id, Actors.current());
        return "redirect:" + PATH + "?done=removed";
    }

    @PostMapping(REBUILD)
    String rebuild() {
        indexing.rebuildInBackground();
        return "redirect:" + PATH + "?done=rebuilding";
    }

    /** Reading only, so a GET; it lists every id of the database and the index, a moment on a large archive. */
    @GetMapping(CHECK)
    String check(HttpServletRequest request, Model model) {
        model.addAttribute("page", pages.of(request, "search.check.title"));
        model.addAttribute("report", indexing.check());
        return "admin/search/check";
    }

    private String page(
            BackofficePage frame, Model model, FormErrors errors, String typedTerm, String typedKind, String notice) {
        Messages t = frame.t();
        ZoneId zone = settings.current().timeZone();
        List<DictionaryView.Row> rows =
                dictionary.list().stream().map(term -> row(term, zone, t)).toList();
        List<DictionaryView.Option> kinds = KINDS.stream()
                .map(k -> new DictionaryView.Option(k, t.get("search.dictionary.kind." + k)))
                .toList();
        model.addAttribute("page", frame);
        model.addAttribute("errors", errors);
        model.addAttribute(
                "view", new DictionaryView(rows, kinds, typedTerm, typedKind, indexing.isRebuilding(), notice));
        return "admin/search/dictionary";
    }

    private static DictionaryView.Row row(DictionaryTerm term, ZoneId zone, Messages t) {
        String kind = KINDS.contains(term.kind()) ? t.get("search.dictionary.kind." + term.kind()) : term.kind();
        return new DictionaryView.Row(
                term.id(), term.term(), kind, TIME.format(term.createdAt().atZone(zone)));
    }
}
