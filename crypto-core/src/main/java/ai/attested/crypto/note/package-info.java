/**
 * C2SP signed notes (c2sp.org/signed-note) with Ed25519 keys, and transparency-log checkpoints
 * (c2sp.org/tlog-checkpoint) carried in them.
 *
 * <pre>{@code
 * NoteSigner signer = NoteSigner.ed25519("sovereign-vault/1234-56789-0123", privateKey);
 * String note = signer.sign(new Checkpoint(signer.name(), size, root).toText());
 * String vkey = signer.verifierKey().vkey();                   // publish / pin this
 *
 * NoteVerifierKey pinned = NoteVerifierKey.parse(vkey);         // throws NoteException
 * Checkpoint cp = Checkpoint.open(noteBytes, List.of(pinned));  // verify signature, then parse
 * SignedNote n = SignedNote.open(noteBytes, List.of(pinned));   // any note: n.text(), n.verifiedBy()
 * }</pre>
 * Opening follows golang.org/x/mod/sumdb/note; failures throw
 * {@link ai.attested.crypto.note.NoteException} with a code (decision 0021).
 */
package ai.attested.crypto.note;
