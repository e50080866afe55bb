package com.masthead.epaper;

/**
 * Who changes areas or placements: the name the audit trail shows ({@code Actors.current()}: a login name or
 * {@code api:<token>}) and the staff account's id for the revision rows (null when unknown).
 */
public record AreaEditor(String actor, Long staffId) {}
