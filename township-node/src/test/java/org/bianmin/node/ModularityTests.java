package org.bianmin.node;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The node's features are Spring Modulith application modules (the packages right under
 * {@code org.bianmin.node}); each module's sub-packages ({@code ui}, {@code persistence})
 * are internal to it, and modules form no cycles. jOOQ's generated code is left out: it
 * is the persistence packages' tool, not a feature. Two ArchUnit rules say the layering
 * inside a feature outright.
 */
class ModularityTests {

	private static final String GENERATED_JOOQ = "org.bianmin.node.jooq..";

	private static final JavaClasses NODE = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.bianmin.node");

	@Test
	void features_use_only_each_others_public_packages_and_form_no_cycles() {
		ApplicationModules.of(TownshipNodeApplication.class, JavaClass.Predicates.resideInAPackage(GENERATED_JOOQ))
			.verify();
	}

	@Test
	void views_never_reach_persistence() {
		noClasses().that()
			.resideInAPackage("..ui..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("..persistence..")
			.check(NODE);
	}

	@Test
	void jooq_stays_in_persistence() {
		noClasses().that()
			.resideOutsideOfPackages("..persistence..", GENERATED_JOOQ)
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.jooq..", GENERATED_JOOQ)
			.check(NODE);
	}

}
