package io.github.servicestarter.benchmarks.clinic;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.validation.constraints.NotBlank;
import org.jspecify.annotations.Nullable;

/**
 * A vet.
 *
 * @author Service Starter contributors
 */
@Entity
public class Vet {

	@Id
	@GeneratedValue
	private @Nullable Long id;

	@NotBlank
	private String name = "";

	private String specialty = "";

	public @Nullable Long getId() {
		return this.id;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getSpecialty() {
		return this.specialty;
	}

	public void setSpecialty(String specialty) {
		this.specialty = specialty;
	}

}
