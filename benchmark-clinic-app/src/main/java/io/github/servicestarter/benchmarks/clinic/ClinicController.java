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

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The clinic's pages: owners found by name, a validated form for a new owner, the vets.
 *
 * @author Service Starter contributors
 */
@Controller
class ClinicController {

	private final OwnerRepository owners;

	private final VetRepository vets;

	ClinicController(OwnerRepository owners, VetRepository vets) {
		this.owners = owners;
		this.vets = vets;
	}

	@GetMapping("/owners")
	String owners(@RequestParam(defaultValue = "") String name, Model model) {
		model.addAttribute("owners", this.owners.findByNameContainingIgnoreCase(name));
		model.addAttribute("owner", new Owner());
		return "owners";
	}

	@PostMapping("/owners")
	String addOwner(@Valid @ModelAttribute("owner") Owner owner, BindingResult result, Model model) {
		if (!result.hasErrors()) {
			this.owners.save(owner);
		}
		model.addAttribute("owners", this.owners.findAll());
		return "owners";
	}

	@GetMapping("/vets")
	String vets(Model model) {
		model.addAttribute("vets", this.vets.findAll());
		return "vets";
	}

}
