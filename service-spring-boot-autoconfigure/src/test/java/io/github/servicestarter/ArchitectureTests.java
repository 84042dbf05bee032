/*
 * Copyright 2026-present the original author or authors.
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *      https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */

package io.github.servicestarter;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The layering, as rules the build enforces: a plain-Java core with native calls only in
 * its seams, then the Spring integration on top.
 */
class ArchitectureTests {

	private static final JavaClasses CLASSES = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("io.github.servicestarter");

	/** Plain Java: what the service managers need, usable and testable without Spring. */
	static final String[] CORE = { "..servicestarter.manager..", "..servicestarter.systemd..",
			"..servicestarter.windows..", "..servicestarter.watchdog..", "..servicestarter.restarts..",
			"..servicestarter.resources..", "..servicestarter.platform..", "..servicestarter.launch.." };

	/** The only packages that call native code. */
	static final String[] SEAMS = { "..servicestarter.systemd.libc..", "..servicestarter.windows.jna.." };

	static final ArchRule coreImportsNoSpring = noClasses().that()
		.resideInAnyPackage(CORE)
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("org.springframework..");

	static final ArchRule onlySeamsImportJna = noClasses().that()
		.resideOutsideOfPackages(SEAMS)
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("com.sun.jna..");

	static final ArchRule onlyThePlatformReachesTheSeams = noClasses().that()
		.resideOutsideOfPackages(SEAMS)
		.and()
		.resideOutsideOfPackage("..servicestarter.platform..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage(SEAMS)
		.because("the platform is the one door to native code: it decides the OS and hands out the seams");

	static final ArchRule noPackageCycles = slices().matching("io.github.servicestarter.(**)")
		.should()
		.beFreeOfCycles();

	static final ArchRule autoConfigurationsOnlyWire = methods().that()
		.areDeclaredInClassesThat()
		.areAnnotatedWith(AutoConfiguration.class)
		.and()
		.areNotPrivate()
		.should()
		.beAnnotatedWith(Bean.class)
		.because("auto-configurations only wire: the logic lives in the library packages");

	@Test
	void corePackagesImportNoSpring() {
		coreImportsNoSpring.check(CLASSES);
	}

	@Test
	void onlyTheSeamPackagesImportJna() {
		onlySeamsImportJna.check(CLASSES);
	}

	@Test
	void onlyThePlatformReachesTheNativeSeams() {
		onlyThePlatformReachesTheSeams.check(CLASSES);
	}

	@Test
	void packagesHaveNoCycles() {
		noPackageCycles.check(CLASSES);
	}

	@Test
	void autoConfigurationsOnlyDeclareBeans() {
		autoConfigurationsOnlyWire.check(CLASSES);
	}

}
