package org.procsite.serve;

import java.util.Set;
import org.procsite.pipeline.ProcedureSet;

/**
 * What a save touched, and so what the next preview build makes anew: some procedure files, or
 * what every procedure reads ({@code contacts.yaml}, a template), and then everything.
 *
 * @param everything true when every procedure is to be built again
 * @param fileNames the names of the procedure files saved, in the procedures' folder
 */
record Change(boolean everything, Set<String> fileNames) {

    /** Every procedure, and the root: the first build, a template, the shared contacts. */
    static final Change EVERYTHING = new Change(true, Set.of());

    Change {
        fileNames = Set.copyOf(fileNames);
    }

    static Change ofFiles(Set<String> fileNames) {
        return new Change(false, fileNames);
    }

    /** Whether {@code member} is to be loaded, checked and rendered again. */
    boolean touches(ProcedureSet.Member member) {
        return everything
                || fileNames.contains(member.file().path().getFileName().toString());
    }
}
