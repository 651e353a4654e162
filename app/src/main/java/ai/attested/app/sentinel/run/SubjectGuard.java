package ai.attested.app.sentinel.run;

import ai.attested.app.sentinel.process.ProcessTree;
import ai.attested.app.sentinel.process.SubjectProcess;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The governed subject process and the enforcement actions on it (seed 004 §8): QUARANTINE
 * freezes its whole tree and keeps the command from being invoked again; KILL ends its whole tree
 * and confirms every pid is gone. Receipt details are fixed sentences (no pids), so a simulated run
 * stays byte-identical; the pids go to the operator through notes.
 */
public final class SubjectGuard {
    static final Duration KILL_TIMEOUT = Duration.ofSeconds(10);
    private final ProcessTree tree;
    private final Consumer<String> notes;
    private SubjectProcess subject;
    private boolean quarantined;
    private List<Long> lastPids = List.of();

    public SubjectGuard(ProcessTree tree, Consumer<String> notes) {
        this.tree = tree;
        this.notes = notes;
    }

    /** Starts the subject unless quarantined (a quarantined subject command is never invoked again). */
    public Optional<SubjectProcess> start(List<String> command, Path workDir, Path log) {
        if (command.isEmpty() || quarantined) {
            return Optional.empty();
        }
        subject = SubjectProcess.start(command, workDir, log, tree);
        notes.accept("subject started: pid " + subject.pid() + " (" + String.join(" ", command) + ")");
        return Optional.of(subject);
    }

    /** Adopts a subject left running by an interrupted sentinel (resume). */
    public void adopt(SubjectProcess s) {
        subject = s;
    }

    public Optional<SubjectProcess> subject() {
        return Optional.ofNullable(subject);
    }

    public boolean quarantined() {
        return quarantined;
    }

    public List<Long> lastPids() {
        return lastPids;
    }

    /** QUARANTINE; returns the ENFORCED receipt's details. */
    public String quarantine() {
        quarantined = true;
        if (subject == null || !subject.treeAlive()) {
            return "quarantined: no subject process is running; the subject command will not be invoked again";
        }
        lastPids = subject.suspend();
        notes.accept("subject suspended (SIGSTOP): pids " + lastPids);
        return "quarantined: the subject process tree is suspended (SIGSTOP), not killed; "
                + "the subject command will not be invoked again";
    }

    /** Details of an ENFORCED(KILL) receipt, written before {@link #kill()} runs. */
    public String killDetails() {
        return subject == null || !subject.treeAlive()
                ? "kill: no subject process is running"
                : "kill: the subject process tree is terminated once this receipt is on disk";
    }

    /** KILL, after the receipt is on disk; true when there was a tree and every pid is confirmed gone. */
    public boolean kill() {
        quarantined = true; // a killed subject is not started again either
        if (subject == null || !subject.treeAlive()) {
            return false;
        }
        lastPids = subject.kill(KILL_TIMEOUT);
        notes.accept("subject killed: pids " + lastPids + " all confirmed gone");
        return true;
    }

    /** At the end of a run that did not quarantine it: the subject does not outlive its governance. */
    public void endOfRun() {
        if (subject != null && subject.treeAlive() && !quarantined) {
            lastPids = subject.kill(KILL_TIMEOUT);
            notes.accept("run ended: subject stopped (pids " + lastPids + ")");
        } else if (subject != null && quarantined && subject.treeAlive()) {
            notes.accept("subject pids " + lastPids + " stay suspended for inspection; end them with kill -KILL or resume with kill -CONT");
        }
    }
}
