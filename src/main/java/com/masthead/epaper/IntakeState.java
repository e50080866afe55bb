package com.masthead.epaper;

/** Where a PDF intake stands. */
public enum IntakeState {
    QUEUED("queued"),
    RUNNING("running"),
    DONE("done"),
    FAILED("failed");

    private final String code;

    IntakeState(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public boolean finished() {
        return this == DONE || this == FAILED;
    }

    public static IntakeState ofCode(String code) {
        for (IntakeState s : values()) {
            if (s.code.equals(code)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown intake state " + code);
    }
}
