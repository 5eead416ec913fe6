package org.procsite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the real {@code main} writes, in a JVM whose locale says nothing of UTF-8 (LANG=C, as on many CI machines). */
class ConsoleEncodingTest {

    @TempDir
    Path folder;

    @Test
    void diagnosticsQuoteFrenchSourceLinesInUtf8WhateverTheLocale() throws IOException, InterruptedException {
        Path file = folder.resolve("procedure.yaml");
        Files.writeString(file, """
                title: Procédure
                lang: fr
                version: "1"
                updated: 2026-01-01
                contacts:
                  c: {name: C, phone: "112"}
                start: q
                nodes:
                  q: {type: step, title: "Étape à faire", next: nulle-part}
                """, StandardCharsets.UTF_8);
        ProcessBuilder pb = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName(),
                "check",
                file.toString());
        pb.environment()
                .keySet()
                .removeIf(k -> k.startsWith("LC_") || k.equals("LANG") || k.equals("JAVA_TOOL_OPTIONS"));
        pb.environment().put("LANG", "C");
        pb.redirectOutput(ProcessBuilder.Redirect.DISCARD);
        File err = folder.resolve("err").toFile();
        pb.redirectError(err);
        Process process = pb.start();
        assertEquals(ExitCode.INVALID, process.waitFor());
        List<String> lines = Files.readAllLines(err.toPath(), StandardCharsets.UTF_8);
        assertTrue(lines.stream().anyMatch(l -> l.contains("title: \"Étape à faire\"")), String.join("\n", lines));
    }
}
