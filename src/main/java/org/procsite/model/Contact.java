package org.procsite.model;

/** Someone to call. {@code phone} is written as the maintainer wrote it, e.g. "06 49 10 01 97". */
public record Contact(String id, String name, String phone) {

    /**
     * The {@code tel:} URI a phone dials: the digits, and a leading + if there is one. In an
     * international number, a trunk prefix written {@code (0)}, as in "+33 (0)6 49 10 01 97",
     * is not dialled.
     */
    public String telUri() {
        StringBuilder digits = new StringBuilder("tel:");
        String trimmed = phone.strip();
        if (trimmed.startsWith("+")) {
            digits.append('+');
            trimmed = trimmed.replaceAll("\\(\\s*0\\s*\\)", "");
        }
        trimmed.chars().filter(Character::isDigit).forEach(c -> digits.append((char) c));
        return digits.toString();
    }
}
