package org.procsite.serve;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the preview adds to each HTML page it serves, and only when it serves it (built files
 * never have it): a small script that listens to {@link #EVENTS_PATH} and reloads the page when
 * the build id changes. A page with a Content-Security-Policy meta gets that script's hash added
 * to {@code script-src} and {@code connect-src 'self'}, so its own policy still holds otherwise.
 */
public final class LiveReload {

    /** Server-Sent Events: one {@code data: BUILD-ID} event on connect and after each new build. */
    public static final String EVENTS_PATH = "/__procsite/events";

    /** The script, the same text on every page so its hash is a constant; the build id is in an attribute. */
    static final String SCRIPT = "(function(){var b=document.currentScript.getAttribute('data-procsite-build');"
            + "var s=new EventSource('" + EVENTS_PATH + "');"
            + "s.onmessage=function(e){if(e.data!==b){s.close();location.reload();}};})();";

    static final String SCRIPT_HASH = "'sha256-" + sha256Base64(SCRIPT) + "'";

    private static final Pattern META = Pattern.compile("<meta\\b[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern CSP_EQUIV =
            Pattern.compile("\\shttp-equiv\\s*=\\s*[\"']?Content-Security-Policy[\"'\\s/>]", Pattern.CASE_INSENSITIVE);
    private static final Pattern CONTENT =
            Pattern.compile("(\\scontent\\s*=\\s*)([\"'])(.*?)\\2", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern BODY_END = Pattern.compile("</body\\s*>", Pattern.CASE_INSENSITIVE);

    private LiveReload() {}

    /** The page as served: the script before {@code </body>}, and the policy extended for it. */
    static String inject(String html, String buildId) {
        String tag = "<script data-procsite-build=\"" + ProblemPage.escape(buildId) + "\">" + SCRIPT + "</script>\n";
        String page = extendPolicy(html);
        int at = lastMatch(BODY_END, page);
        return at < 0 ? page + tag : page.substring(0, at) + tag + page.substring(at);
    }

    /**
     * Every Content-Security-Policy meta, whatever the order of its attributes, with the
     * script's hash and {@code connect-src 'self'}. Quotes written as entities ({@code &#39;}, as
     * FreeMarker's HTML escaping writes them) are read as quotes.
     */
    static String extendPolicy(String html) {
        Matcher meta = META.matcher(html);
        StringBuilder out = new StringBuilder();
        while (meta.find()) {
            String tag = meta.group();
            if (CSP_EQUIV.matcher(tag).find()) {
                Matcher content = CONTENT.matcher(tag);
                if (content.find()) {
                    String quote = content.group(2);
                    String policy = extend(unescape(content.group(3)));
                    String written = quote.equals("'") ? policy.replace("'", "&#39;") : policy.replace("\"", "&quot;");
                    tag = tag.substring(0, content.start())
                            + content.group(1)
                            + quote
                            + written
                            + quote
                            + tag.substring(content.end());
                }
            }
            meta.appendReplacement(out, Matcher.quoteReplacement(tag));
        }
        meta.appendTail(out);
        return out.toString();
    }

    private static String unescape(String attribute) {
        return attribute
                .replace("&#39;", "'")
                .replace("&#x27;", "'")
                .replace("&apos;", "'")
                .replace("&quot;", "\"")
                .replace("&#34;", "\"")
                .replace("&amp;", "&");
    }

    /**
     * One policy: {@code script-src} and {@code connect-src} let the reload script run and listen.
     * Where a directive is absent, {@code default-src} governs: the new one starts from it.
     */
    static String extend(String policy) {
        List<String> directives = new ArrayList<>();
        String fallback = null;
        boolean script = false;
        boolean connect = false;
        for (String raw : policy.split(";")) {
            String d = raw.strip();
            if (d.isEmpty()) {
                continue;
            }
            String name = d.split("\\s+", 2)[0].toLowerCase(Locale.ROOT);
            if (name.equals("script-src") || name.equals("script-src-elem")) {
                d = withSource(d, SCRIPT_HASH);
                script |= name.equals("script-src");
            } else if (name.equals("connect-src")) {
                d = withSource(d, "'self'");
                connect = true;
            } else if (name.equals("default-src")) {
                fallback = d.substring(name.length());
            }
            directives.add(d);
        }
        if (fallback != null && !script) {
            directives.add(withSource("script-src" + fallback, SCRIPT_HASH));
        }
        if (fallback != null && !connect) {
            directives.add(withSource("connect-src" + fallback, "'self'"));
        }
        return String.join("; ", directives);
    }

    /** The directive with one more source; {@code 'none'} goes, since it may not stand with others. */
    private static String withSource(String directive, String source) {
        String[] parts = directive.split("\\s+");
        StringBuilder out = new StringBuilder(parts[0]);
        boolean present = false;
        for (int i = 1; i < parts.length; i++) {
            if (!parts[i].equalsIgnoreCase("'none'")) {
                out.append(' ').append(parts[i]);
                present |= parts[i].equals(source);
            }
        }
        return present ? out.toString() : out.append(' ').append(source).toString();
    }

    private static int lastMatch(Pattern p, String s) {
        Matcher m = p.matcher(s);
        int at = -1;
        while (m.find()) {
            at = m.start();
        }
        return at;
    }

    private static String sha256Base64(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
