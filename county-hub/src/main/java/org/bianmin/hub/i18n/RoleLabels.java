package org.bianmin.hub.i18n;

import java.util.Collection;
import java.util.EnumSet;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

import org.bianmin.model.staff.Role;

/**
 * The label of a {@link Role} in the user's language: {@code role.PROXY_AGENT} = 代办员 in
 * translations.properties. The only place that maps the enum to its keys.
 */
public final class RoleLabels {

	private RoleLabels() {
	}

	public static String key(Role role) {
		return "role." + role.name();
	}

	/**
	 * The roles' labels in the enum's order, joined as the language lists things (、 in
	 * Chinese).
	 * @param translate a view's {@code getTranslation}
	 */
	public static String join(Collection<Role> roles, BiFunction<String, Object[], String> translate) {
		if (roles.isEmpty()) {
			return translate.apply("role.none", new Object[0]);
		}
		String separator = translate.apply("list.separator", new Object[0]);
		return EnumSet.copyOf(roles)
			.stream()
			.map((role) -> translate.apply(key(role), new Object[0]))
			.collect(Collectors.joining(separator));
	}

}
