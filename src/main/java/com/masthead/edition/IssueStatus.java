package com.masthead.edition;

/** Whether readers may see an issue: while {@link #PREPARING} it is the newsroom's alone. */
public enum IssueStatus {
    PREPARING("preparing"),
    PUBLISHED("published");

    private final String code;

    IssueStatus(String code) {
        this.code = code;
    }

    /** The value stored in {@code newspaper_issue.status}. */
    public String code() {
        return code;
    }

    public static IssueStatus ofCode(String code) {
        for (IssueStatus s : values()) {
            if (s.code.equals(code)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown issue status " + code);
    }
}
