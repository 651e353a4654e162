/**
 * Seal cards: the print image (2400 x 3200) and the social image (1200 x 630) of one seal, drawn
 * with Java2D so the CLI and the desktop app produce the same pixels, and the QR matrix (ZXing).
 *
 * <pre>
 *   SealCardModel model = SealCardModel.fromSeal(seal);        // or the canonical constructor
 *   SealCardRenderer renderer = new SealCardRenderer();        // loads Space Grotesk from assets
 *   SealCardRenderer.writePng(renderer.renderPrint(model), Path.of("seal-42.png"));
 *   SealCardRenderer.writePng(renderer.renderShare(model), Path.of("seal-42-share.png"));
 *   String payload = new CardQrDecoder().decode(Path.of("seal-42.png"));   // Verify view
 * </pre>
 *
 * QR sizing and error correction: docs/decisions/0040-card-qr-sizing.md.
 */
package ai.attested.app.card;
