package org.bianmin.hub;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The hub's features stay apart. Spring Modulith checks the features (direct sub-packages
 * of {@code org.bianmin.hub}): no cycles, and no reaching into another feature's
 * sub-packages. ArchUnit adds the layer rules Modulith does not see inside a feature.
 */
class ModularityTests {

	private static final String GENERATED_JOOQ = "org.bianmin.hub.jooq..";

	private static final JavaClasses HUB = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.bianmin.hub");

	@Test
	void features_form_no_cycles_and_use_only_each_others_root_packages() {
		// the generated jOOQ classes belong to the persistence packages that use them,
		// not to a feature of their own
		ApplicationModules.of(CountyHubApplication.class, JavaClass.Predicates.resideInAPackage(GENERATED_JOOQ))
			.verify();
	}

	@Test
	void views_never_reach_persistence() {
		noClasses().that()
			.resideInAPackage("org.bianmin.hub..ui..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.bianmin.hub..persistence..", GENERATED_JOOQ, "org.jooq..")
			.check(HUB);
	}

	@Test
	void jooq_types_stay_in_persistence() {
		noClasses().that()
			.resideOutsideOfPackages("org.bianmin.hub..persistence..", GENERATED_JOOQ)
			.should()
			.dependOnClassesThat(jooqTypes())
			.check(HUB);
	}

	private static DescribedPredicate<JavaClass> jooqTypes() {
		return JavaClass.Predicates.resideInAnyPackage("org.jooq..", GENERATED_JOOQ);
	}

}
