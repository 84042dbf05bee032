package io.github.servicestarter.benchmarks.clinic;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * The owners.
 *
 * @author Service Starter contributors
 */
public interface OwnerRepository extends JpaRepository<Owner, Long> {

	List<Owner> findByNameContainingIgnoreCase(String name);

}
