package ai.attested.ui.common;

import java.util.LinkedHashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import javafx.application.Platform;
import javafx.collections.ObservableListBase;

/**
 * A read-only list of {@code size} rows fetched a page at a time in the background, for a
 * TableView or ListView over 100,000 seals: the view asks only for the rows it shows; a row whose
 * page is not loaded yet is a placeholder until the page arrives. A few pages are kept (LRU).
 */
public final class PagedList<T> extends ObservableListBase<T> {
    public static final int PAGE_SIZE = 200;
    private static final int PAGES_KEPT = 24;

    /** Fetches rows {@code offset … offset+limit-1}; runs on a worker thread. */
    @FunctionalInterface
    public interface Source<T> {
        Page<T> fetch(long offset, int limit) throws Exception;
    }

    /** One page and the total number of rows the query has. */
    public record Page<T>(long total, List<T> rows) {}

    private final Source<T> source;
    private final Executor executor;
    private final IntFunction<T> placeholder;
    private final Consumer<Throwable> onError;
    private final int size;
    private final Set<Integer> loading = new HashSet<>();
    private final Map<Integer, List<T>> pages = new LinkedHashMap<>(32, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, List<T>> eldest) {
            return size() > PAGES_KEPT;
        }
    };

    private PagedList(Source<T> source, Executor executor, IntFunction<T> placeholder, Consumer<Throwable> onError,
            Page<T> first) {
        this.source = source;
        this.executor = executor;
        this.placeholder = placeholder;
        this.onError = onError;
        this.size = (int) Math.min(Integer.MAX_VALUE, first.total());
        pages.put(0, first.rows());
    }

    /** Loads the first page in the background, then hands the list to {@code ready} on the FX thread. */
    public static <T> void open(Source<T> source, Executor executor, IntFunction<T> placeholder,
            Consumer<PagedList<T>> ready, Consumer<Throwable> onError) {
        executor.execute(() -> {
            try {
                Page<T> first = source.fetch(0, PAGE_SIZE);
                Platform.runLater(() -> ready.accept(new PagedList<>(source, executor, placeholder, onError, first)));
            } catch (Throwable t) {
                Platform.runLater(() -> onError.accept(t));
            }
        });
    }

    @Override
    public T get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException(index);
        }
        int page = index / PAGE_SIZE;
        List<T> rows = pages.get(page);
        int within = index % PAGE_SIZE;
        if (rows != null && within < rows.size()) {
            return rows.get(within);
        }
        request(page);
        return placeholder.apply(index);
    }

    @Override
    public int size() {
        return size;
    }

    /** Whether the row's page is in memory (tests and the "loading" state of a row). */
    public boolean isLoaded(int index) {
        return pages.containsKey(index / PAGE_SIZE);
    }

    private void request(int page) {
        if (!loading.add(page)) {
            return;
        }
        executor.execute(() -> {
            try {
                Page<T> loaded = source.fetch((long) page * PAGE_SIZE, PAGE_SIZE);
                Platform.runLater(() -> install(page, loaded.rows()));
            } catch (Throwable t) {
                Platform.runLater(() -> {
                    loading.remove(page);
                    onError.accept(t);
                });
            }
        });
    }

    private void install(int page, List<T> rows) {
        loading.remove(page);
        pages.put(page, rows);
        int from = page * PAGE_SIZE;
        int to = Math.min(size, from + rows.size());
        if (from >= to) {
            return;
        }
        beginChange();
        for (int i = from; i < to; i++) {
            nextSet(i, placeholder.apply(i));
        }
        endChange();
    }
}
