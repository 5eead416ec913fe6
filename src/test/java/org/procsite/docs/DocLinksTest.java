package org.procsite.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.commonmark.node.Node;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every relative link and image of README.md and docs/*.md leads to a file of the repository,
 * and a link {@code file.md#anchor} (or {@code #anchor}) to a heading of that file.
 */
class DocLinksTest {

    /** {@code https:}, {@code mailto:}, {@code tel:}...: not a file of the repository. */
    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");

    static List<Path> documents() {
        return MarkdownDocs.all();
    }

    @ParameterizedTest
    @MethodSource("documents")
    void everyRelativeLinkLeadsToAFileAndAHeading(Path document) {
        List<String> broken = brokenLinks(document);

        assertEquals(List.of(), broken, document + " has links that lead nowhere");
    }

    @Test
    void aLinkToAMissingFileOrHeadingIsSeen(@TempDir Path folder) throws Exception {
        Files.writeString(folder.resolve("other.md"), "# Other page\n");
        Path document = Files.writeString(
                folder.resolve("broken.md"),
                "# A `code` title\n\n[gone](no-such-file.md) [here](#no-such-heading) [ok](#a-code-title)\n"
                        + "[other](other.md#other-page) [wrong](other.md#title) ![img](gone.png) [web](https://example.org/x)\n");

        assertEquals(
                List.of("no-such-file.md", "#no-such-heading", "other.md#title", "gone.png"), brokenLinks(document));
    }

    static List<String> brokenLinks(Path document) {
        Node parsed = MarkdownDocs.parse(document);
        Path folder = document.toAbsolutePath().getParent();
        List<String> broken = new ArrayList<>();
        for (String destination : MarkdownDocs.destinations(parsed)) {
            if (SCHEME.matcher(destination).find()) {
                continue;
            }
            int hash = destination.indexOf('#');
            String file = hash < 0 ? destination : destination.substring(0, hash);
            String anchor = hash < 0 ? null : destination.substring(hash + 1);
            Path target = file.isEmpty()
                    ? document.toAbsolutePath()
                    : folder.resolve(decode(file)).normalize();
            if (!Files.exists(target)) {
                broken.add(destination);
            } else if (anchor != null && target.toString().endsWith(".md")) {
                Node targetDocument = target.equals(document.toAbsolutePath()) ? parsed : MarkdownDocs.parse(target);
                if (!MarkdownDocs.anchors(targetDocument).contains(decode(anchor))) {
                    broken.add(destination);
                }
            }
        }
        return broken;
    }

    private static String decode(String part) {
        return URLDecoder.decode(part.replace("+", "%2B"), StandardCharsets.UTF_8);
    }
}
