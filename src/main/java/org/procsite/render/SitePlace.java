package org.procsite.render;

/**
 * Where a procedure's pages sit in its site: at the root of a site of their own
 * ({@code site/decision.html}), or in a folder of a site of several procedures
 * ({@code site/connexion/decision.html}), whose root holds the list of them and the web app.
 *
 * @param folder the folder's name, empty at the root
 */
public record SitePlace(String folder) {

    /** A site of one procedure: its pages at the root. */
    public static final SitePlace ROOT = new SitePlace("");

    public SitePlace {
        if (folder.contains("/") || folder.equals("..") || folder.equals(".")) {
            throw new IllegalArgumentException("not a folder name: " + folder);
        }
    }

    public static SitePlace folder(String name) {
        if (name.isEmpty()) {
            throw new IllegalArgumentException("a folder has a name");
        }
        return new SitePlace(name);
    }

    /** True in a site of several procedures. */
    public boolean inFolder() {
        return !folder.isEmpty();
    }

    /** The way from the procedure's pages up to the site's root: empty, or {@code ../}. */
    public String toRoot() {
        return inFolder() ? "../" : "";
    }

    /** The name in the site of one of the procedure's files: {@code connexion/decision.html}. */
    public String nameInSite(String file) {
        return inFolder() ? folder + "/" + file : file;
    }
}
