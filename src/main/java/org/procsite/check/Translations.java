package org.procsite.check;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The languages the page words ("Retour", "page 1/2") are translated into: one
 * {@code messages_LANG.properties} each, bundled in the jar's {@code templates/} or in the
 * templates folder next to the procedure. W004 asks it about the procedure's {@code lang}.
 */
public final class Translations {

    /** Where the bundled templates are, on the class path. */
    public static final String BUNDLED = "/templates/";

    private final Optional<Path> folder;

    private Translations(Optional<Path> folder) {
        this.folder = folder;
    }

    /** Only the bundled files. */
    public static Translations bundled() {
        return new Translations(Optional.empty());
    }

    /** The bundled files and those of {@code templatesFolder}, if it exists. */
    public static Translations bundledAnd(Path templatesFolder) {
        return new Translations(Optional.of(templatesFolder));
    }

    /** {@code messages_fr.properties}: the file of the page words in one language. */
    public static String fileName(String primaryLanguage) {
        return "messages_" + primaryLanguage + ".properties";
    }

    /** Whether the page words exist in {@code primaryLanguage} (a code such as {@code fr}). */
    public boolean has(String primaryLanguage) {
        if (!primaryLanguage.matches("[a-z]{2,3}")) {
            return false;
        }
        String name = fileName(primaryLanguage);
        return Translations.class.getResource(BUNDLED + name) != null
                || folder.map(f -> Files.isRegularFile(f.resolve(name))).orElse(false);
    }
}
