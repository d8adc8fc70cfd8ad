package org.bianmin.node.residents;

import java.util.UUID;

/**
 * The ID number is registered already (it is the register's natural key). Carries the
 * existing resident's handle so a screen can offer to open them.
 */
public class ResidentAlreadyRegisteredException extends RuntimeException {

	/** The message key shown next to the ID number field. */
	public static final String MESSAGE_KEY = "residents.id.already-registered";

	private final UUID existing;

	public ResidentAlreadyRegisteredException(UUID existing) {
		super("resident ID number already registered as " + existing);
		this.existing = existing;
	}

	public UUID existing() {
		return this.existing;
	}

}
