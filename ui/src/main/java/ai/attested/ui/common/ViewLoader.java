package ai.attested.ui.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ResourceBundle;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

/** Loads an {@link FxmlFile} with the app's strings and the controller factory. */
public final class ViewLoader {
    private final ResourceBundle strings;
    private final ControllerFactory controllers;

    public ViewLoader(ResourceBundle strings, ControllerFactory controllers) {
        this.strings = strings;
        this.controllers = controllers;
    }

    public <C> View<C> load(FxmlFile file) {
        URL url = ViewLoader.class.getResource(file.resourcePath());
        if (url == null) {
            throw new IllegalStateException("Missing FXML resource " + file.resourcePath());
        }
        FXMLLoader loader = new FXMLLoader(url, strings);
        loader.setControllerFactory(controllers);
        try {
            Parent root = loader.load();
            LabelMnemonics.keepRegistered(root);
            return new View<>(root, loader.getController());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load " + file.resourcePath(), e);
        }
    }

    /** A loaded view: its root node and its controller. */
    public record View<C>(Parent root, C controller) {}
}
