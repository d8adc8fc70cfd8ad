package org.bianmin.node.i18n;

import org.bianmin.model.staff.Role;

/**
 * The translation keys for a {@link Role}: its name (代办员…) and what it lets a person do
 * at a node. {@code TranslationsTest} checks that every role has both, in every language.
 */
public final class RoleLabel {

	private RoleLabel() {
	}

	public static String key(Role role) {
		return "role." + role.name();
	}

	/** What the role lets a person do here, for the home page. */
	public static String dutiesKey(Role role) {
		return "role." + role.name() + ".duties";
	}

}
