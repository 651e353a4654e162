package ai.attested.ui.common;

import java.util.function.Consumer;
import java.util.function.Predicate;
import javafx.css.PseudoClass;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;

/**
 * The one drag handler of the app: enter, over, drop and exit on a drop zone. It highlights the
 * zone with the {@code :drag-over} pseudo-class and hands the content to the view. Paste and tests
 * deliver through {@link #deliver(DropContent)}, the same path a real drop takes.
 */
public final class DropHandler implements EventHandler<DragEvent> {
    private static final PseudoClass DRAG_OVER = PseudoClass.getPseudoClass("drag-over");
    private final Node zone;
    private final Predicate<DropContent> accepts;
    private final Consumer<DropContent> onDrop;

    private DropHandler(Node zone, Predicate<DropContent> accepts, Consumer<DropContent> onDrop) {
        this.zone = zone;
        this.accepts = accepts;
        this.onDrop = onDrop;
    }

    /** Installs the handler on the zone for all four drag events. */
    public static DropHandler install(Node zone, Predicate<DropContent> accepts, Consumer<DropContent> onDrop) {
        DropHandler handler = new DropHandler(zone, accepts, onDrop);
        zone.setOnDragEntered(handler);
        zone.setOnDragOver(handler);
        zone.setOnDragDropped(handler);
        zone.setOnDragExited(handler);
        return handler;
    }

    @Override
    public void handle(DragEvent event) {
        var type = event.getEventType();
        if (type == DragEvent.DRAG_ENTERED) {
            zone.pseudoClassStateChanged(DRAG_OVER, acceptable(DropContent.from(event.getDragboard())));
        } else if (type == DragEvent.DRAG_OVER) {
            if (event.getGestureSource() != zone && acceptable(DropContent.from(event.getDragboard()))) {
                event.acceptTransferModes(TransferMode.COPY);
            }
        } else if (type == DragEvent.DRAG_DROPPED) {
            DropContent content = DropContent.from(event.getDragboard());
            boolean accepted = acceptable(content);
            if (accepted) {
                deliver(content);
            }
            event.setDropCompleted(accepted);
        } else if (type == DragEvent.DRAG_EXITED) {
            zone.pseudoClassStateChanged(DRAG_OVER, false);
        }
        event.consume();
    }

    /** Hands content to the view exactly as a drop does; returns whether it was accepted. */
    public boolean deliver(DropContent content) {
        zone.pseudoClassStateChanged(DRAG_OVER, false);
        if (!acceptable(content)) {
            return false;
        }
        onDrop.accept(content);
        return true;
    }

    private boolean acceptable(DropContent content) {
        return !content.isEmpty() && accepts.test(content);
    }
}
