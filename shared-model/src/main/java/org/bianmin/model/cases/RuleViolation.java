package org.bianmin.model.cases;

import java.util.List;
import java.util.Objects;

/**
 * Why a case refused a command or an event, as a message key (texts in the {@code cases}
 * area of {@code bianmin-model-i18n}) with the arguments its text needs.
 */
public record RuleViolation(String key, List<String> args) {

	public RuleViolation {
		Objects.requireNonNull(key, "key");
		args = List.copyOf(args);
	}

	public static RuleViolation of(String key, Object... args) {
		return new RuleViolation(key, java.util.Arrays.stream(args).map(String::valueOf).toList());
	}

	@Override
	public String toString() {
		return this.key + this.args;
	}

}
