package org.procsite.render.decision;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.procsite.diag.Json;
import org.procsite.render.RenderContext;
import org.procsite.render.Renderer;
import org.procsite.render.SiteFile;

/**
 * {@code decision.html}: the whole procedure in one self-contained file for a proctor's phone.
 * One screen per node, shown by CSS {@code :target} (so it works with JavaScript off), and a
 * small script that adds the trail, the transcript, the wall-clock wait and focus handling.
 *
 * <p>The CSS and JS come from {@code templates/decision.css} and {@code templates/decision.js}
 * as they are, and the page's Content-Security-Policy allows exactly those two inline elements,
 * by the SHA-256 of their text, computed here. The data the script needs (the page words and the
 * storage key) sits in a {@code <script type="application/json">} block, which browsers never
 * execute, so the policy does not need to allow it.
 */
public final class DecisionPageRenderer implements Renderer {

    public static final String FILE_NAME = "decision.html";

    /** The page words the script needs, without their {@code decision.} prefix in the JSON. */
    private static final List<String> SCRIPT_MESSAGES = List.of(
            "decision.js.clock", "decision.js.nextUpdate", "decision.js.nextUpdateSoon",
            "decision.js.copied", "decision.js.copyFailed", "decision.js.transcriptHead",
            "decision.js.transcriptStep", "decision.js.transcriptNow", "decision.js.unknownAnswer",
            "decision.step");

    @Override
    public List<SiteFile> render(RenderContext context) throws IOException {
        String css = context.templates().text("decision.css");
        String js = context.templates().text("decision.js");
        requireNoEndTag(css, "style", "decision.css");
        requireNoEndTag(js, "script", "decision.js");

        Map<String, Object> model = new LinkedHashMap<>(context.model());
        model.put("css", css);
        model.put("js", js);
        model.put("csp", contentSecurityPolicy(css, js));
        model.put("data", dataJson(context));
        String html = context.templates().apply("decision.ftlh", model);

        // The hashes are only right if the template printed the texts exactly as hashed.
        if (!html.contains("<style>" + css + "</style>") || !html.contains("<script>" + js + "</script>")) {
            throw new IllegalStateException("decision.ftlh must print <style>${css}</style> and <script>${js}</script> "
                    + "verbatim, or the Content-Security-Policy hashes do not match");
        }
        return List.of(new SiteFile(FILE_NAME, html.getBytes(StandardCharsets.UTF_8)));
    }

    /** Nothing but the page's own inline style and script; no request may leave the file. */
    static String contentSecurityPolicy(String css, String js) {
        return "default-src 'none'; script-src '" + sha256(js) + "'; style-src '" + sha256(css)
                + "'; img-src data:; base-uri 'none'; form-action 'none'";
    }

    /** The CSP source expression for an inline element's text: {@code sha256-BASE64}. */
    static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return "sha256-" + Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    private static void requireNoEndTag(String text, String tag, String file) {
        if (text.toLowerCase(java.util.Locale.ROOT).contains("</" + tag)) {
            throw new IllegalStateException("templates/" + file + " must not contain </" + tag
                    + ": it would end the inline element early");
        }
    }

    /** What the script reads: a storage key for the trail, the start node and the page words. */
    private static String dataJson(RenderContext context) {
        Map<String, String> messages = new TreeMap<>();
        for (String key : SCRIPT_MESSAGES) {
            messages.put(key.substring("decision.".length()), context.messages().get(key));
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("key", "procsite-decision:" + context.view().title() + ":" + context.view().version());
        data.put("title", context.view().title());
        data.put("version", context.view().version());
        data.put("start", context.procedure().start());
        data.put("msg", messages);
        return Json.writeForScript(data);
    }
}
