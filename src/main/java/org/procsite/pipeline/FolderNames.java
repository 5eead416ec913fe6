package org.procsite.pipeline;

import java.util.Optional;
import java.util.regex.Pattern;
import org.procsite.diag.Code;
import org.procsite.diag.Diagnostic;
import org.procsite.diag.DidYouMean;
import org.procsite.model.SourcePos;

/**
 * E035: in a site of several, each procedure's pages go in a folder named after its file, which
 * is part of the address a phone keeps and a QR code prints; the name must read the same in
 * every browser and on every web server, as ids do.
 */
final class FolderNames {

    /** The owner of E035 (see {@code Rule}): only this class reports it. */
    static final Code CODE = Code.BAD_FILE_NAME;

    private static final Pattern NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private FolderNames() {}

    /** E035 at the top of the file, if its name cannot be the folder of its pages. */
    static Optional<Diagnostic> check(ProcedureSet.Member member) {
        String name = member.name();
        String file = member.file().path().getFileName().toString();
        if (!NAME.matcher(name).matches()) {
            return Optional.of(Diagnostic.of(
                    CODE,
                    SourcePos.START,
                    "the file name '" + file + "' cannot name the folder of its pages in the site: " + why(name),
                    "rename the file, e.g. to '" + suggestion(name) + ".yaml'; its pages go in site/" + suggestion(name)
                            + "/"));
        }
        if (!file.equals(name + ".yaml")) {
            return Optional.of(Diagnostic.of(
                    CODE,
                    SourcePos.START,
                    "the file name '" + file + "' does not end in .yaml",
                    "rename it to '" + name + ".yaml', so that no two procedures share the folder site/" + name + "/"));
        }
        return Optional.empty();
    }

    /** The rule the name breaks, not the whole rule: {@code a--b} has only allowed characters. */
    private static String why(String name) {
        String others = name.codePoints()
                .filter(c -> !(c >= 'a' && c <= 'z') && !(c >= '0' && c <= '9') && c != '-')
                .distinct()
                .mapToObj(c -> c == ' ' ? "a space" : "'" + Character.toString(c) + "'")
                .collect(java.util.stream.Collectors.joining(", "));
        if (!others.isEmpty()) {
            return "it holds " + others + ", and it may only hold lower-case letters, digits and dashes";
        }
        if (name.isEmpty()) {
            return "it is empty before .yaml";
        }
        return "its letters and digits are fine, but a dash may not start or end it, nor follow another dash";
    }

    private static String suggestion(String name) {
        String id = DidYouMean.validId(name);
        return id.isEmpty() ? "procedure" : id;
    }
}
