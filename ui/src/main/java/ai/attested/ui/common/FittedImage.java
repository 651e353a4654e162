package ai.attested.ui.common;

import javafx.beans.property.ObjectProperty;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.Region;

/**
 * Shows an image as large as the region allows, centred, keeping its ratio. Unlike binding an
 * ImageView's fit size to its parent, the region never asks for more room than it is given, so a
 * 2400×3200 card cannot push the window's status bar off screen.
 */
public final class FittedImage extends Region {
    private final ImageView view = new ImageView();

    public FittedImage() {
        view.setPreserveRatio(true);
        view.setSmooth(true);
        getChildren().add(view);
        getStyleClass().add("fitted-image");
    }

    public ObjectProperty<Image> imageProperty() {
        return view.imageProperty();
    }

    public Image getImage() {
        return view.getImage();
    }

    public void setImage(Image image) {
        view.setImage(image);
        requestLayout();
    }

    public ImageView imageView() {
        return view;
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth() - snappedLeftInset() - snappedRightInset();
        double h = getHeight() - snappedTopInset() - snappedBottomInset();
        Image image = view.getImage();
        if (image == null || w <= 0 || h <= 0) {
            return;
        }
        double scale = Math.min(w / image.getWidth(), h / image.getHeight());
        double iw = Math.floor(image.getWidth() * scale);
        double ih = Math.floor(image.getHeight() * scale);
        view.setFitWidth(iw);
        view.setFitHeight(ih);
        view.relocate(snappedLeftInset() + Math.floor((w - iw) / 2), snappedTopInset() + Math.floor((h - ih) / 2));
    }

    @Override
    protected double computeMinWidth(double height) {
        return 0;
    }

    @Override
    protected double computeMinHeight(double width) {
        return 0;
    }

    @Override
    protected double computePrefWidth(double height) {
        return 0;
    }

    @Override
    protected double computePrefHeight(double width) {
        return 0;
    }
}
