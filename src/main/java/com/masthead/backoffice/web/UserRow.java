package com.masthead.backoffice.web;

import com.masthead.staff.StaffAccount;
import java.util.List;

/** One line of the account list: the account and the names of the channels it is limited to. */
public record UserRow(StaffAccount account, List<String> channelNames) {

    public UserRow {
        channelNames = List.copyOf(channelNames);
    }
}
