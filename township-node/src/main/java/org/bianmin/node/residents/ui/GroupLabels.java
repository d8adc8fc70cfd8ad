package org.bianmin.node.residents.ui;

import java.util.Set;
import java.util.function.Function;

import org.bianmin.model.resident.SpecialGroup;

/** Special groups as one line of labels (case.group.* in the model's messages). */
final class GroupLabels {

	private GroupLabels() {
	}

	static String of(Set<SpecialGroup> groups, Function<String, String> translate) {
		// 80+ implies 60+: show the higher one only
		return groups.stream()
			.filter((group) -> !(group == SpecialGroup.AGED_60 && groups.contains(SpecialGroup.AGED_80)))
			.sorted()
			.map((group) -> translate.apply("case.group." + group.name()))
			.reduce((a, b) -> a + translate.apply("list.separator") + b)
			.orElse("");
	}

}
