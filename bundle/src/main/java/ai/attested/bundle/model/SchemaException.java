package ai.attested.bundle.model;

/**
 * A JSON document does not match its schema (seed 004 §6). Names the offending field as a dotted
 * path (for example {@code decision.action}) so a verifier report and a user both see where.
 */
public final class SchemaException extends Exception {
    private static final long serialVersionUID = 1L;
    private final String field;

    public SchemaException(String field, String problem) {
        super("field " + field + ": " + problem);
        this.field = field;
    }

    /** Dotted path of the offending field; {@code "$"} for the document itself. */
    public String field() {
        return field;
    }
}
