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

package io.github.servicestarter.windows.jna;

import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

import com.sun.jna.Pointer;
import com.sun.jna.Structure;
import com.sun.jna.platform.win32.Winsvc;
import io.github.servicestarter.windows.ServiceRegistry.Registration;
import io.github.servicestarter.windows.ServiceStatus;
import io.github.servicestarter.windows.WindowsServiceSpec;
import io.github.servicestarter.windows.WindowsServiceSpec.StartType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The registry against a fake {@code advapi32}: the access rights each operation asks
 * for, and the structures it reads back. What Wine cannot show: Wine grants every right
 * to everyone, so only a fake can tell whether {@code service:status} would need an
 * administrator on Windows.
 */
class Advapi32ServiceRegistryTests {

	/** What every interactive user is granted on the SCM and on a service. */
	private static final int SC_MANAGER_CONNECT = 0x1;

	private static final int SERVICE_QUERY_CONFIG = 0x1;

	private static final int SERVICE_QUERY_STATUS = 0x4;

	private static final int SERVICE_CONFIG_DESCRIPTION = 1;

	private static final int SERVICE_CONFIG_FAILURE_ACTIONS = 2;

	private static final int SERVICE_CONFIG_PRESHUTDOWN_INFO = 7;

	private final List<String> requested = new ArrayList<>();

	private final List<String> configured = new ArrayList<>();

	/** Structures written into the fake's answers, kept reachable while they are read. */
	private final List<Structure> answers = new ArrayList<>();

	private final Advapi32ServiceRegistry registry = new Advapi32ServiceRegistry(fake(this::advapi32));

	@Test
	void statusAsksOnlyForRightsEveryUserHas() {
		assertThat(this.registry.queryState("app")).contains(4);
		assertThat(this.registry.queryRegistration("app")).isPresent();
		assertThat(this.requested).containsExactly("OpenSCManager " + SC_MANAGER_CONNECT,
				"OpenService app " + SERVICE_QUERY_STATUS, "OpenSCManager " + SC_MANAGER_CONNECT,
				"OpenService app " + SERVICE_QUERY_CONFIG);
	}

	@Test
	void controlsAskForTheirOwnRightOnly() {
		this.registry.startService("app");
		this.registry.controlService("app", ServiceStatus.SERVICE_CONTROL_STOP);
		this.registry.controlService("app", ServiceStatus.SERVICE_CONTROL_PAUSE);
		this.registry.controlService("app", ServiceStatus.SERVICE_CONTROL_CONTINUE);
		this.registry.deleteService("app");
		assertThat(this.requested).filteredOn((call) -> call.startsWith("OpenService"))
			.containsExactly("OpenService app " + 0x10, "OpenService app " + 0x20, "OpenService app " + 0x40,
					"OpenService app " + 0x40, "OpenService app " + 0x10000);
	}

	@Test
	void installAsksToCreateAndConfigureNothingMore() {
		WindowsServiceSpec spec = new WindowsServiceSpec("app", "app", "app (Spring Boot service)", "java -jar app.jar",
				StartType.AUTO, "NT SERVICE\\app", List.of(Duration.ofSeconds(5)), Duration.ofDays(1),
				Duration.ofSeconds(45));
		this.registry.createService(spec);
		this.registry.configureService(spec);
		assertThat(this.requested).containsExactly("OpenSCManager " + (SC_MANAGER_CONNECT | 0x2),
				"CreateService app " + SERVICE_QUERY_STATUS, "OpenSCManager " + SC_MANAGER_CONNECT,
				"OpenService app " + (0x2 | 0x10));
	}

	@Test
	void aReinstallReconfiguresTheServiceAndNamesLocalSystemRatherThanKeepingTheOldAccount() {
		// What Wine cannot show: a handle held open elsewhere. Microsoft (DeleteService):
		// the service is removed only when every handle to it is closed; CreateService
		// fails with ERROR_SERVICE_MARKED_FOR_DELETE (1072) until then.
		// ChangeServiceConfigW has no such wait.
		this.registry.reconfigureService(new WindowsServiceSpec("app", "App", "app", "java -jar app.jar",
				StartType.MANUAL, null, List.of(), Duration.ofDays(1), Duration.ofSeconds(45)));
		assertThat(this.requested).containsExactly("OpenSCManager " + SC_MANAGER_CONNECT, "OpenService app " + 0x2,
				"ChangeServiceConfig app java -jar app.jar start 3 account LocalSystem");
	}

	@Test
	void everyAccountGetsTheServiceSidAndOnlyThePrivilegesAJvmUses() {
		// What Wine cannot show: it keeps neither setting, and grants every privilege
		// anyway. Microsoft: SERVICE_SID_INFO and SERVICE_REQUIRED_PRIVILEGES_INFO
		// (ChangeServiceConfig2W).
		for (String account : List.of("NT AUTHORITY\\LocalService", "DOMAIN\\svc$")) {
			this.configured.clear();
			this.registry.configureService(new WindowsServiceSpec("app", "app", "app", "java -jar app.jar",
					StartType.AUTO, account, List.of(), Duration.ofDays(1), Duration.ofSeconds(45)));
			assertThat(this.configured).contains("service SID 1",
					"required privileges [SeChangeNotifyPrivilege, SeCreateGlobalPrivilege]");
		}
	}

	@Test
	void registrationIsReadThroughTheStructures() {
		Registration registration = this.registry.queryRegistration("app").orElseThrow();
		assertThat(registration.binaryPath()).isEqualTo("\"C:\\Program Files\\java.exe\" -jar C:\\apps\\app.jar");
		assertThat(registration.startType()).isEqualTo(2);
		assertThat(registration.account()).isEqualTo("NT SERVICE\\app");
		assertThat(registration.displayName()).isEqualTo("App");
		assertThat(registration.description()).isEqualTo("app (Spring Boot service)");
		assertThat(registration.restartDelays()).containsExactly(Duration.ofSeconds(5), Duration.ofSeconds(30));
		assertThat(registration.failureResetPeriod()).isEqualTo(Duration.ofDays(1));
		assertThat(registration.preshutdownTimeout()).isEqualTo(Duration.ofSeconds(45));
	}

	private Object advapi32(Method method, Object[] args) {
		return switch (method.getName()) {
			case "OpenSCManager" -> {
				this.requested.add("OpenSCManager " + args[2]);
				yield handle();
			}
			case "OpenService" -> {
				this.requested.add("OpenService " + args[1] + " " + args[2]);
				yield handle();
			}
			case "CreateService" -> {
				this.requested.add("CreateService " + args[1] + " " + args[3]);
				yield handle();
			}
			case "ChangeServiceConfig" -> {
				this.requested.add("ChangeServiceConfig " + args[10].toString().toLowerCase() + " " + args[4]
						+ " start " + args[2] + " account " + args[8]);
				yield true;
			}
			case "QueryServiceStatus" -> {
				((Winsvc.SERVICE_STATUS) args[1]).dwCurrentState = 4;
				yield true;
			}
			case "QueryServiceConfig" -> answerConfig((Pointer) args[1]);
			case "QueryServiceConfig2" -> {
				answerConfig2((int) args[1], (Pointer) args[2]);
				yield true;
			}
			case "ChangeServiceConfig2" -> {
				this.configured.add(configured((int) args[1], (Winsvc.ChangeServiceConfig2Info) args[2]));
				yield true;
			}
			case "CloseServiceHandle", "StartService", "ControlService", "DeleteService" -> true;
			default -> throw new AssertionError("unexpected call " + method.getName());
		};
	}

	private static String configured(int level, Winsvc.ChangeServiceConfig2Info info) {
		return switch (level) {
			case 5 -> "service SID " + ((Advapi32ServiceRegistry.DwordInfo) info).value;
			case 6 -> "required privileges " + ((Advapi32ServiceRegistry.RequiredPrivileges) info).privileges();
			default -> "level " + level;
		};
	}

	private boolean answerConfig(Pointer buffer) {
		Advapi32ServiceRegistry.QUERY_SERVICE_CONFIG config = new Advapi32ServiceRegistry.QUERY_SERVICE_CONFIG(buffer);
		config.dwServiceType = 0x10;
		config.dwStartType = 2;
		config.lpBinaryPathName = "\"C:\\Program Files\\java.exe\" -jar C:\\apps\\app.jar";
		config.lpServiceStartName = "NT SERVICE\\app";
		config.lpDisplayName = "App";
		written(config);
		return true;
	}

	private void answerConfig2(int level, Pointer buffer) {
		switch (level) {
			case SERVICE_CONFIG_DESCRIPTION -> {
				Advapi32ServiceRegistry.Description description = new Advapi32ServiceRegistry.Description(buffer);
				description.lpDescription = "app (Spring Boot service)";
				written(description);
			}
			case SERVICE_CONFIG_FAILURE_ACTIONS -> {
				Winsvc.SC_ACTION.ByReference first = new Winsvc.SC_ACTION.ByReference();
				Winsvc.SC_ACTION[] actions = (Winsvc.SC_ACTION[]) first.toArray(2);
				actions[0].type = 1;
				actions[0].delay = 5_000;
				actions[1].type = 1;
				actions[1].delay = 30_000;
				for (Winsvc.SC_ACTION action : actions) {
					written(action);
				}
				Winsvc.SERVICE_FAILURE_ACTIONS failure = new Winsvc.SERVICE_FAILURE_ACTIONS(buffer);
				failure.dwResetPeriod = 86_400;
				failure.cActions = 2;
				failure.lpsaActions = first;
				written(failure);
			}
			case SERVICE_CONFIG_PRESHUTDOWN_INFO -> buffer.setInt(0, 45_000);
			default -> buffer.setInt(0, 0);
		}
	}

	private void written(Structure structure) {
		structure.write();
		this.answers.add(structure);
	}

	private static Winsvc.SC_HANDLE handle() {
		Winsvc.SC_HANDLE handle = new Winsvc.SC_HANDLE();
		handle.setPointer(new Pointer(0x42));
		return handle;
	}

	private static Advapi32Services fake(BiFunction<Method, Object[], Object> answer) {
		return (Advapi32Services) Proxy.newProxyInstance(Advapi32Services.class.getClassLoader(),
				new Class<?>[] { Advapi32Services.class }, (proxy, method, args) -> answer.apply(method, args));
	}

}
