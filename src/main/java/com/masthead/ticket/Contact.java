package com.masthead.ticket;

/**
 * Who asked, as they typed it (cleaned): a person's name, the organization or outlet they speak for, a telephone
 * number and an e-mail address. Every field is required and non-null.
 */
public record Contact(String name, String organization, String phone, String email) {

    public static final int NAME_MAX = 60;
    public static final int ORGANIZATION_MAX = 100;
}
