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

package io.github.servicestarter.benchmarks.clinic;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.validation.constraints.NotBlank;
import org.jspecify.annotations.Nullable;

/**
 * A visit of a pet to a vet.
 *
 * @author Service Starter contributors
 */
@Entity
public class Visit {

	@Id
	@GeneratedValue
	private @Nullable Long id;

	private LocalDate date = LocalDate.now();

	@NotBlank
	private String description = "";

	@ManyToOne
	private @Nullable Pet pet;

	@ManyToOne
	private @Nullable Vet vet;

	public @Nullable Long getId() {
		return this.id;
	}

	public LocalDate getDate() {
		return this.date;
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public @Nullable Pet getPet() {
		return this.pet;
	}

	public void setPet(@Nullable Pet pet) {
		this.pet = pet;
	}

	public @Nullable Vet getVet() {
		return this.vet;
	}

	public void setVet(@Nullable Vet vet) {
		this.vet = vet;
	}

}
