package io.github.servicestarter.lifecycle;

import org.springframework.context.ApplicationEvent;

/**
 * Published when the service manager asks the application to reload its configuration
 * ({@code systemctl reload}). Listeners run before the manager is told the reload is
 * over, so a listener that finishes its work synchronously makes {@code systemctl reload}
 * return only after it.
 *
 * @author Service Starter contributors
 * @since 0.1.0
 */
public class ServiceReloadEvent extends ApplicationEvent {

	private final String trigger;

	/**
	 * Create a reload event.
	 * @param source the component that published the event
	 * @param trigger what asked for the reload, for example {@code "SIGHUP"}
	 */
	public ServiceReloadEvent(Object source, String trigger) {
		super(source);
		this.trigger = trigger;
	}

	/**
	 * Return what asked for the reload.
	 * @return the trigger, for example {@code "SIGHUP"}
	 */
	public String getTrigger() {
		return this.trigger;
	}

}
