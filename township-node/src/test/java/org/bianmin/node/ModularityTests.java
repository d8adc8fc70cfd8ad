package org.bianmin.node;

import com.tngtech.archunit.core.domain.JavaClass;
import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;

/**
 * The node's features are Spring Modulith application modules (the packages right under
 * {@code org.bianmin.node}); each module's sub-packages ({@code ui}, {@code persistence})
 * are internal to it, and modules form no cycles. jOOQ's generated code is left out: it
 * is the persistence packages' tool, not a feature.
 */
class ModularityTests {

	static final ApplicationModules MODULES = ApplicationModules.of(TownshipNodeApplication.class,
			JavaClass.Predicates.resideInAPackage("org.bianmin.node.jooq.."));

	@Test
	void features_use_only_each_others_public_packages_and_form_no_cycles() {
		MODULES.verify();
	}

}
