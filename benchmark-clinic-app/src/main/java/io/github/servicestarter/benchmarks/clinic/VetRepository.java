package io.github.servicestarter.benchmarks.clinic;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * The vets.
 *
 * @author Service Starter contributors
 */
public interface VetRepository extends JpaRepository<Vet, Long> {

}
