package org.procsite.model;

/** One answer of a question: what the proctor observes, and the node it leads to. */
public record Choice(String label, String next) {}
