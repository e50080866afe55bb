package com.masthead.backoffice;

import java.util.List;

/** A module's entries in the staff navigation; declare one bean per module. */
public interface BackofficeNavigation {

    List<NavLink> links();
}
