package org.procsite.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.procsite.render.StaticFiles;

/**
 * The procedures a command works on, and the layout of their site.
 *
 * <ul>
 *   <li>One file ({@code procedure.yaml}, or a file named on the command line): the flat site,
 *       {@code site/decision.html}, as procsite has always built it.
 *   <li>A folder ({@code procedures/}), or several files of one folder: a site of several, with
 *       {@code site/index.html} listing them and one folder per procedure, named after its file
 *       ({@code connexion.yaml} gives {@code site/connexion/decision.html}). A folder gives this
 *       layout even while it holds one procedure, so that adding a second one moves no address
 *       a phone has kept.
 * </ul>
 *
 * Beside the procedures, in their folder: {@code contacts.yaml} (contacts they share, read also
 * when one of them is checked alone), {@code templates/} and {@code static/}.
 *
 * @param folder the procedures' folder, which holds what they share
 * @param procedures in the order of their file names
 * @param several whether the site has a folder per procedure and an index of them
 */
public record ProcedureSet(Path folder, List<Member> procedures, boolean several) {

    /** The procedure file {@code build}, {@code check}... read when given no file. */
    public static final String DEFAULT_FILE = "procedure.yaml";
    /** The folder of procedures they read when there is no {@value #DEFAULT_FILE}. */
    public static final String DEFAULT_FOLDER = "procedures";
    /** The contacts shared by the procedures of a folder; not itself a procedure. */
    public static final String CONTACTS_FILE = "contacts.yaml";

    /**
     * One procedure of the set.
     *
     * @param name the folder of its pages in a site of several: its file's name without {@code .yaml}
     */
    public record Member(String name, ProcedureFile file) {}

    public ProcedureSet {
        procedures = List.copyOf(procedures);
    }

    /** What the user typed, or nothing: see the class comment. */
    public static ProcedureSet typed(List<String> typed) throws IOException {
        if (typed.isEmpty()) {
            if (!Files.exists(Path.of(DEFAULT_FILE), LinkOption.NOFOLLOW_LINKS)) {
                if (Files.isDirectory(Path.of(DEFAULT_FOLDER))) {
                    return folder(DEFAULT_FOLDER);
                }
                throw new IOException("no " + DEFAULT_FILE + " and no " + DEFAULT_FOLDER + "/ folder in "
                        + Path.of("").toAbsolutePath() + "; run procsite in the folder of the procedure, or give"
                        + " its file");
            }
            return one(ProcedureFile.typed(DEFAULT_FILE));
        }
        if (typed.size() == 1) {
            if (Files.isDirectory(Path.of(typed.get(0)))) {
                return folder(typed.get(0));
            }
            if (isContactsFile(Path.of(typed.get(0)))) {
                throw new IOException(typed.get(0) + " holds the contacts that the procedures of its folder share;"
                        + " give a procedure, or the folder, and it is read with them");
            }
            return one(ProcedureFile.typed(typed.get(0)));
        }
        return files(typed);
    }

    /**
     * Several files of one folder, in the order of their names, whatever the order typed; the
     * shared {@value #CONTACTS_FILE} among them (as {@code procedures/*.yaml} gives it) is read as
     * such, not as a procedure.
     */
    private static ProcedureSet files(List<String> typed) throws IOException {
        TreeMap<String, Member> members = new TreeMap<>();
        Path folder = null;
        for (String name : typed) {
            ProcedureFile file = ProcedureFile.typed(name);
            file.requireRegularFile();
            Path parent = file.folder();
            if (folder != null && !folder.equals(parent)) {
                throw new IOException("several procedures are built together only from one folder (they share"
                        + " contacts.yaml, templates/ and static/): " + typed.get(0) + " and " + name
                        + " are in different folders");
            }
            folder = parent;
            if (isContactsFile(file.path())) {
                continue;
            }
            Member member = new Member(nameOf(file.path()), file);
            Member before = members.put(member.name(), member);
            if (before != null) {
                throw new IOException(before.file().displayName() + " and " + name + " would both be " + member.name()
                        + "/ in the site; give each procedure once");
            }
        }
        if (members.isEmpty()) {
            throw new IOException("no procedure among " + String.join(", ", typed));
        }
        return new ProcedureSet(folder, List.copyOf(members.values()), true);
    }

    private static boolean isContactsFile(Path file) {
        return file.getFileName() != null && file.getFileName().toString().equals(CONTACTS_FILE);
    }

    /** One procedure file, built as the flat site; the contacts of its folder are read with it. */
    public static ProcedureSet one(ProcedureFile file) {
        return new ProcedureSet(file.folder(), List.of(new Member(nameOf(file.path()), file)), false);
    }

    /** Every {@code .yaml} (or {@code .yml}) file of the folder but {@value #CONTACTS_FILE}, by name. */
    private static ProcedureSet folder(String typed) throws IOException {
        Path folder = Path.of(typed);
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.filter(ProcedureSet::isProcedureFile).sorted().toList();
        }
        if (files.isEmpty()) {
            throw new IOException(typed + " holds no procedure: put one .yaml file per procedure in it");
        }
        String prefix = typed.replaceAll("/+$", "") + "/";
        List<Member> members = files.stream()
                .map(f -> new Member(
                        nameOf(f), new ProcedureFile(f, prefix + f.getFileName().toString())))
                .toList();
        return new ProcedureSet(folder.toAbsolutePath().normalize(), members, true);
    }

    private static boolean isProcedureFile(Path file) {
        String name = file.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        return !name.startsWith(".")
                && !isContactsFile(file)
                && (lower.endsWith(".yaml") || lower.endsWith(".yml"))
                && Files.isRegularFile(file);
    }

    /** {@code connexion.yaml} → {@code connexion}. */
    static String nameOf(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /**
     * The shared contacts file, if the procedures' folder has one.
     *
     * @throws IOException if something else than a file has its name
     */
    public Optional<Path> contactsFile() throws IOException {
        Path file = folder.resolve(CONTACTS_FILE);
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        if (!Files.isRegularFile(file)) {
            throw new IOException(contactsDisplayName() + " is not a file: the contacts that the procedures share"
                    + " are a file of that name, or nothing");
        }
        return Optional.of(file);
    }

    /** How messages name the shared contacts file: as the procedures' names are typed, with their folder. */
    public String contactsDisplayName() {
        return displayNameOf(CONTACTS_FILE);
    }

    /**
     * How messages name a file of the procedures' folder, as the procedures' names are typed:
     * {@code procedures/reseau.yaml}.
     */
    public String displayNameOf(String fileName) {
        String typed = procedures.get(0).file().displayName();
        int slash = typed.lastIndexOf('/');
        return slash < 0 ? fileName : typed.substring(0, slash + 1) + fileName;
    }

    public Path templatesFolder() {
        return folder.resolve(ProcedureFile.TEMPLATES_FOLDER);
    }

    public Path staticFolder() {
        return folder.resolve(StaticFiles.FOLDER_NAME); // a constant, copied in by javac: loads no render class
    }
}
