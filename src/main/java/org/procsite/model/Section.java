package org.procsite.model;

/** A heading of the printed tutorial, grouping nodes in the order sections are declared. */
public record Section(String id, String title) {}
