package com.masthead.series;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.masthead.shared.InvalidInputException;
import com.masthead.shared.NotFoundException;
import com.masthead.shared.PageRequest;
import com.masthead.shared.PageResult;
import com.masthead.shared.Slugs;
import com.masthead.shared.Snapshot;
import com.masthead.shared.Snapshots;
import com.masthead.shared.VersionConflictException;
import java.time.Clock;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads and writes series. Lookups by id are cached (a {@link Snapshot}, emptied after every change commits, here
 * or on another instance) so that an article page names its series without a query. Publishes {@link
 * SeriesChanged}. Thread-safe.
 */
@Service
public class SeriesCatalog {

    private final SeriesRepository series;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Snapshot<Cache<Long, Optional<Series>>> byId;

    SeriesCatalog(SeriesRepository series, ApplicationEventPublisher events, Clock clock, Snapshots snapshots) {
        this.series = series;
        this.events = events;
        this.clock = clock;
        this.byId = snapshots.of(
                "series", previous -> Caffeine.newBuilder().maximumSize(10_000).<Long, Optional<Series>>build());
    }

    public Optional<Series> find(long id) {
        return byId.get().get(id, series::find);
    }

    public Series require(long id, String field) {
        return find(id).orElseThrow(() -> new NotFoundException("series", id, field));
    }

    public Optional<Series> bySlug(String slug) {
        return series.bySlug(slug);
    }

    public PageResult<Series> list(PageRequest request) {
        return new PageResult<>(
                series.page(request.size(), request.offset()), request.page(), request.size(), series.count());
    }

    @Transactional
    public Series create(SeriesDraft draft) {
        SeriesDraft named = draft.slug() != null
                ? draft
                : draft.withSlug(Slugs.unique(
                        Slugs.of(draft.name(), "series"),
                        slug -> series.bySlug(slug).isPresent()));
        requireFreeSlug(named.slug(), null);
        long id = series.insert(named, clock.millis());
        events.publishEvent(new SeriesChanged(id));
        return series.find(id).orElseThrow();
    }

    @Transactional
    public Series update(long id, int version, SeriesDraft changed) {
        Series current = series.find(id).orElseThrow(() -> new NotFoundException("series", id));
        SeriesDraft draft = changed.slug() != null ? changed : changed.withSlug(current.slug());
        requireFreeSlug(draft.slug(), id);
        if (!series.update(id, version, draft, clock.millis())) {
            throw new VersionConflictException("series", id, version);
        }
        events.publishEvent(new SeriesChanged(id));
        return series.find(id).orElseThrow();
    }

    @EventListener
    void on(SeriesChanged event) {
        byId.changed();
    }

    private void requireFreeSlug(String slug, Long self) {
        series.bySlug(slug).filter(s -> self == null || s.id() != self).ifPresent(s -> {
            throw new InvalidInputException("slug", "series.slug.taken", slug);
        });
    }
}
