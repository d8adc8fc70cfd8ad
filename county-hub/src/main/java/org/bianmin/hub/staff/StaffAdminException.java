package org.bianmin.hub.staff;

/**
 * An administrator's change to staff accounts that the rules refuse; the message key's
 * text (in {@code vaadin-i18n/staff-admin}) says why.
 */
public class StaffAdminException extends RuntimeException {

	private final String messageKey;

	public StaffAdminException(String messageKey) {
		super(messageKey);
		this.messageKey = messageKey;
	}

	public String messageKey() {
		return this.messageKey;
	}

}
