package org.bianmin.hub.catalog.ui;

import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.bianmin.model.catalog.CatalogConsistency;
import org.bianmin.model.catalog.CatalogProblem;

/**
 * Catalog problems and 三级四同 mismatches in the administrator's language: the rule's text
 * from shared-model's catalog messages, with the field named as on the form rather than
 * as in the JSON document ({@code materials[1].copies} becomes 第2项材料·份数).
 */
final class ProblemTexts {

	private static final Pattern INDEXED = Pattern.compile("(\\w+)\\[(\\d+)\\](?:\\.(\\w+))?");

	private final BiFunction<String, Object[], String> translation;

	ProblemTexts(BiFunction<String, Object[], String> translation) {
		this.translation = translation;
	}

	String of(CatalogProblem problem) {
		String item = (problem.itemCode() != null) ? problem.itemCode() : "";
		return text(problem.messageKey(), item, field(problem.field()));
	}

	String of(CatalogConsistency.Mismatch mismatch) {
		boolean type = mismatch.aspect() == CatalogConsistency.Aspect.TYPE;
		return text(mismatch.messageKey(), mismatch.code().value(),
				type ? text("catalog.type." + mismatch.inFirst()) : mismatch.inFirst(),
				type ? text("catalog.type." + mismatch.inSecond()) : mismatch.inSecond());
	}

	private String field(String field) {
		Matcher indexed = INDEXED.matcher(field);
		if (indexed.matches()) {
			String list = text("catalog.field." + indexed.group(1) + ".nth", Integer.parseInt(indexed.group(2)) + 1);
			return (indexed.group(3) != null) ? list + "·" + text("catalog.field.material." + indexed.group(3)) : list;
		}
		return text("catalog.field." + field);
	}

	private String text(String key, Object... parameters) {
		return this.translation.apply(key, parameters);
	}

}
