/**
 * Who may act on the newsroom: staff roles, staff accounts (with their channel limits), and API tokens (hashed at
 * rest, each carrying one role, acting for an owner account, expiring and revocable; the ADMIN API for them is in
 * {@code web}). The review workflow builds on the {@link com.masthead.staff.StaffMember} it hands out.
 */
package com.masthead.staff;
