package ai.attested.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.beans.property.SimpleStringProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

class PagedListTest {
    private static final int ROWS = 100_000;
    private final ConcurrentLinkedQueue<Long> fetchedOffsets = new ConcurrentLinkedQueue<>();
    private final ExecutorService executor = Executors.newSingleThreadExecutor();

    @BeforeEach
    void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void stop() {
        executor.shutdownNow();
    }

    private PagedList.Page<String> fetch(long offset, int limit) {
        fetchedOffsets.add(offset);
        long end = Math.min(ROWS, offset + limit);
        return new PagedList.Page<>(ROWS, LongStream.range(offset, end).mapToObj(i -> "row " + i).toList());
    }

    @Test
    void aTableOverOneHundredThousandRowsFetchesOnlyThePagesItShows() throws Exception {
        CompletableFuture<PagedList<String>> opened = new CompletableFuture<>();
        PagedList.open(this::fetch, executor, i -> "…", opened::complete, opened::completeExceptionally);
        PagedList<String> list = opened.get(10, TimeUnit.SECONDS);
        assertThat(list).hasSize(ROWS);

        TableView<String> table = new TableView<>();
        CompletableFuture<Void> shown = new CompletableFuture<>();
        Platform.runLater(() -> {
            TableColumn<String, String> col = new TableColumn<>("row");
            col.setCellValueFactory(c -> new SimpleStringProperty(c.getValue()));
            table.getColumns().add(col);
            table.setItems(list);
            FxToolkit.toolkitContext().getRegisteredStage().setScene(new Scene(table, 400, 600));
            FxToolkit.toolkitContext().getRegisteredStage().show();
            table.scrollTo(77_777);
            shown.complete(null);
        });
        shown.get(10, TimeUnit.SECONDS);
        // The page holding row 77,777 arrives in the background and replaces the placeholders.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> list.isLoaded(77_777));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(list.get(77_777)).isEqualTo("row 77777");
        assertThat(fetchedOffsets).contains(0L, 77_600L);
        assertThat(fetchedOffsets.size()).as("pages fetched for two screens of rows").isLessThanOrEqualTo(4);
        assertThat(List.copyOf(fetchedOffsets)).doesNotHaveDuplicates();
    }
}
