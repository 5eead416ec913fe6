package org.procsite.render.sheet;

import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * Where two parsed pages differ, when they differ in one element only: the probe of the printed
 * sheet and its final page are the same markup but for the flowchart.
 */
final class MarkupDiff {

    private MarkupDiff() {}

    /** An element of the first tree and the element of the second that takes its place. */
    record Change(Element from, Element to) {}

    /**
     * The one element of {@code a} to replace by its counterpart in {@code b} to make the two
     * trees equal: the deepest element whose subtree holds every difference (the parent of two
     * differing children, of a differing text, or of an element renamed). {@code null} if the
     * trees are equal; {@code a} and {@code b} themselves if they differ at the root. The
     * replacement always has the same name as the element it replaces.
     */
    static Change onlyChange(Element a, Element b) {
        if (a.isEqualNode(b)) {
            return null;
        }
        Element at = a;
        Element bt = b;
        while (true) {
            if (!sameShell(at, bt)) {
                return new Change(at, bt);
            }
            List<Node> ac = children(at);
            List<Node> bc = children(bt);
            int differing = -1;
            for (int i = 0; i < ac.size(); i++) {
                if (!ac.get(i).isEqualNode(bc.get(i))) {
                    if (differing >= 0) {
                        return new Change(at, bt); // two children differ: replace their parent
                    }
                    differing = i;
                }
            }
            if (!(ac.get(differing) instanceof Element ae)
                    || !(bc.get(differing) instanceof Element be)
                    || !ae.getTagName().equals(be.getTagName())) {
                return new Change(at, bt); // a text or an element's name differs: replace their parent
            }
            at = ae;
            bt = be;
        }
    }

    /** Same name, same attributes, same number of children (their content not compared). */
    private static boolean sameShell(Element a, Element b) {
        if (!a.getTagName().equals(b.getTagName())
                || a.getChildNodes().getLength() != b.getChildNodes().getLength()) {
            return false;
        }
        NamedNodeMap aa = a.getAttributes();
        NamedNodeMap ba = b.getAttributes();
        if (aa.getLength() != ba.getLength()) {
            return false;
        }
        for (int i = 0; i < aa.getLength(); i++) {
            Node attribute = aa.item(i);
            Node other = ba.getNamedItemNS(
                    attribute.getNamespaceURI(),
                    attribute.getLocalName() == null ? attribute.getNodeName() : attribute.getLocalName());
            if (other == null || !other.getNodeValue().equals(attribute.getNodeValue())) {
                return false;
            }
        }
        return true;
    }

    private static List<Node> children(Node n) {
        List<Node> list = new ArrayList<>();
        for (Node c = n.getFirstChild(); c != null; c = c.getNextSibling()) {
            list.add(c);
        }
        return list;
    }
}
