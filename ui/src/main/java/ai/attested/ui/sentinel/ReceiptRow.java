package ai.attested.ui.sentinel;

import ai.attested.bundle.model.Receipt;
import javafx.css.PseudoClass;
import javafx.scene.control.TableRow;

/** A receipt row, marked :drift or :enforced so the theme can colour the events that matter. */
final class ReceiptRow extends TableRow<Receipt> {
    private static final PseudoClass DRIFT = PseudoClass.getPseudoClass("drift");
    private static final PseudoClass ENFORCED = PseudoClass.getPseudoClass("enforced");

    @Override
    protected void updateItem(Receipt receipt, boolean empty) {
        super.updateItem(receipt, empty);
        boolean has = !empty && receipt != null;
        pseudoClassStateChanged(DRIFT, has && receipt.eventType().name().equals("DRIFT_DETECTED"));
        pseudoClassStateChanged(ENFORCED, has && receipt.eventType().name().equals("ENFORCED"));
    }
}
