package com.masthead.article;

/**
 * How a contributor is credited. The printed form ("本报记者 王晓", "李明 整理") comes from the message bundle key
 * {@code byline.<ROLE>} so that the English site can word it differently.
 */
public enum BylineRole {
    REPORTER,
    CORRESPONDENT,
    INTERN,
    COMPILER,
    PHOTOGRAPHER,
    AUTHOR;

    public String messageKey() {
        return "byline." + name();
    }
}
