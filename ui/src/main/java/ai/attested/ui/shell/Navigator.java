package ai.attested.ui.shell;

import ai.attested.ui.common.ViewLoader;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Parent;

/**
 * Which view the main window shows. Section views are loaded once and kept (their state survives
 * switching); a detail view such as a seal card is shown over the current section until closed.
 */
public final class Navigator {
    private final Map<Section, ViewLoader.View<?>> loaded = new EnumMap<>(Section.class);
    private final ObjectProperty<Section> section = new SimpleObjectProperty<>(this, "section");
    private final ObjectProperty<Parent> shown = new SimpleObjectProperty<>(this, "shown");
    private final javafx.beans.property.BooleanProperty detailShown = new javafx.beans.property.SimpleBooleanProperty(this, "detailShown");
    private ViewLoader loader;

    /** Set once the controller factory exists (views need services that need the navigator). */
    public void useLoader(ViewLoader loader) {
        this.loader = loader;
    }

    public void show(Section target) {
        ViewLoader.View<?> view = loaded.computeIfAbsent(target, s -> loader.load(s.fxml()));
        section.set(target);
        detailShown.set(false);
        shown.set(view.root());
    }

    /** Shows a detail view (for example a card) while the rail keeps its section. */
    public <C> C showDetail(ai.attested.ui.common.FxmlFile file, Consumer<C> prepare) {
        ViewLoader.View<C> view = loader.load(file);
        prepare.accept(view.controller());
        detailShown.set(true);
        shown.set(view.root());
        return view.controller();
    }

    /** The controller of a section view, loading it if needed (to hand it work, e.g. a bundle to verify). */
    @SuppressWarnings("unchecked")
    public <C> C controllerOf(Section target) {
        return (C) loaded.computeIfAbsent(target, s -> loader.load(s.fxml())).controller();
    }

    public javafx.beans.property.ReadOnlyBooleanProperty detailShownProperty() {
        return detailShown;
    }

    /** The controller of a section view if it was loaded already. */
    @SuppressWarnings("unchecked")
    public <C> java.util.Optional<C> loadedController(Section target) {
        return java.util.Optional.ofNullable(loaded.get(target)).map(v -> (C) v.controller());
    }

    public ReadOnlyObjectProperty<Section> sectionProperty() {
        return section;
    }

    public ReadOnlyObjectProperty<Parent> shownProperty() {
        return shown;
    }
}
