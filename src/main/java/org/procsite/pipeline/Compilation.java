package org.procsite.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.procsite.check.CheckResult;
import org.procsite.diag.Diagnostic;
import org.procsite.diag.SourceText;
import org.procsite.load.LoadResult;
import org.procsite.model.Procedure;

/**
 * One procedure file loaded and checked: its source (for messages), every diagnostic in
 * reading order, and the procedure when there is no error among them.
 */
public record Compilation(LoadResult loaded, CheckResult checked) {

    public SourceText source() {
        return loaded.source();
    }

    /** The file's name as the user typed it (or {@code REV:name} for a git revision). */
    public String displayName() {
        return loaded.source().name();
    }

    public Optional<Procedure> procedure() {
        return checked.procedure();
    }

    /**
     * The procedure also when its only errors are its drills': for {@code paths}, to show where
     * the drills go now. Never rendered.
     */
    public Optional<Procedure> drilled() {
        return checked.drilled();
    }

    public List<Diagnostic> diagnostics() {
        return checked.diagnostics();
    }

    /**
     * The same, with one more diagnostic about this file, found outside the checker (W007, E035);
     * an error leaves no procedure to build, as the checker's own do.
     */
    public Compilation with(Diagnostic more) {
        List<Diagnostic> all = new ArrayList<>(diagnostics());
        all.add(more.in(source()));
        all.sort(Diagnostic.BY_POSITION);
        return new Compilation(
                loaded,
                new CheckResult(
                        all,
                        more.isError() ? Optional.empty() : procedure(),
                        more.isError() ? Optional.empty() : drilled()));
    }
}
