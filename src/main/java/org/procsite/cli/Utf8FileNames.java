package org.procsite.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * File names work whatever the locale. Java reads file names, the current folder and the
 * arguments in the encoding of the locale, fixed when the JVM starts ({@code sun.jnu.encoding};
 * setting it later changes nothing): with {@code LANG} unset (cron, a bare container) that is
 * ASCII, and {@code Procédures} or {@code static/café.txt} cannot be named. {@code bin/procsite}
 * sets a UTF-8 locale itself; {@code java -jar} started without one runs procsite again, once,
 * in a JVM started with {@code LC_ALL=C.UTF-8}, with the arguments as they were typed (their
 * bytes, from {@code /proc/self/cmdline}). Where that cannot be done, a name that cannot be read
 * is one line that names the setting to change ({@link #advice}).
 */
final class Utf8FileNames {

    /**
     * Set in the JVM started again, so that it never starts a third: the arguments, UTF-8 in
     * Base64 (the JVM that starts it could only pass them in its own encoding, as '?').
     */
    static final String RELAUNCHED = "PROCSITE_UTF8_ARGS";

    private Utf8FileNames() {}

    static boolean fileNamesAreUtf8() {
        String jnu = System.getProperty("sun.jnu.encoding", "");
        return jnu.equalsIgnoreCase("UTF-8") || jnu.equalsIgnoreCase("UTF8");
    }

    /**
     * Whether Java reads names as ASCII, which is what no locale (unset, C, POSIX) gives; a locale
     * of another encoding (Latin-1) was chosen, and its names are read as it says.
     */
    static boolean noLocale() {
        String jnu = System.getProperty("sun.jnu.encoding", "");
        return jnu.equals("ANSI_X3.4-1968") || jnu.equalsIgnoreCase("US-ASCII") || jnu.equalsIgnoreCase("ASCII");
    }

    /** What to say when a name cannot be read: the encoding Java uses, and the setting to change. */
    static String advice() {
        return "file names are read as " + System.getProperty("sun.jnu.encoding")
                + " because no UTF-8 locale is set (LANG, LC_ALL); run with LC_ALL=C.UTF-8 (e.g. LC_ALL=C.UTF-8"
                + " java -jar procsite.jar ...), or use bin/procsite, which sets it";
    }

    /**
     * Runs the command again in a JVM whose file names are UTF-8, if this one's are not and it can;
     * its exit code, or empty to go on in this JVM.
     */
    static Optional<Integer> runAgainIfNeeded(String[] args) {
        if (!noLocale() || System.getenv(RELAUNCHED) != null) {
            return Optional.empty();
        }
        try {
            Optional<String> javaBinary = ProcessHandle.current().info().command();
            Optional<List<String>> cmdline = commandLine();
            if (javaBinary.isEmpty() || cmdline.isEmpty() || cmdline.get().size() < args.length + 2) {
                return Optional.empty();
            }
            List<String> all = cmdline.get();
            List<String> typed = all.subList(all.size() - args.length, all.size());
            List<String> command = new ArrayList<>();
            command.add(javaBinary.get());
            command.addAll(jvmOptions(all.subList(1, all.size() - args.length)));
            command.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName()));
            ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
            builder.environment().put("LC_ALL", "C.UTF-8");
            builder.environment().put(RELAUNCHED, encode(typed));
            Process process = builder.start();
            try {
                return Optional.of(process.waitFor());
            } catch (InterruptedException e) {
                process.destroy();
                Thread.currentThread().interrupt();
                return Optional.of(ExitCode.FAILURE);
            }
        } catch (IOException | RuntimeException | Error e) {
            return Optional.empty(); // go on here: a name that cannot be read then says what to set
        }
    }

    /** The arguments: those the JVM that started this one passed, if it did; else {@code args}. */
    static String[] arguments(String[] args) {
        String passed = System.getenv(RELAUNCHED);
        if (passed == null || args.length > 0) {
            return args;
        }
        String all = new String(Base64.getDecoder().decode(passed), StandardCharsets.UTF_8);
        String[] split = all.split("\0", -1); // each argument ends with a NUL: the last piece is empty
        return Arrays.copyOf(split, split.length - 1);
    }

    /** The arguments for {@link #RELAUNCHED}: each one's UTF-8, ended by a NUL, in Base64. */
    static String encode(List<String> args) {
        StringBuilder all = new StringBuilder();
        args.forEach(a -> all.append(a).append('\0'));
        return Base64.getEncoder().encodeToString(all.toString().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The options given to this JVM ({@code -Xmx1g}, {@code -Dx=y}): what comes before the
     * program's arguments, less {@code -jar JAR} or the class path and the main class.
     */
    private static List<String> jvmOptions(List<String> beforeArguments) {
        List<String> options = new ArrayList<>();
        for (int i = 0; i < beforeArguments.size(); i++) {
            String option = beforeArguments.get(i);
            if (option.equals("-jar")) {
                break;
            }
            if (option.equals("-cp") || option.equals("-classpath") || option.equals("--class-path")) {
                i++;
                continue;
            }
            if (!option.startsWith("-")) {
                break; // the main class
            }
            options.add(option);
        }
        return options;
    }

    /** This process's command line, each argument decoded as UTF-8 from its bytes. */
    private static Optional<List<String>> commandLine() throws IOException {
        Path cmdline = Path.of("/proc/self/cmdline");
        if (!Files.isReadable(cmdline)) {
            return Optional.empty();
        }
        byte[] bytes = Files.readAllBytes(cmdline);
        List<String> all = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                all.add(new String(Arrays.copyOfRange(bytes, start, i), StandardCharsets.UTF_8));
                start = i + 1;
            }
        }
        return Optional.of(all);
    }
}
