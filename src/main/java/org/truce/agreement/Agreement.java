package org.truce.agreement;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * An agreement: its versions in order. The latest version is the one the mediator may still edit
 * (while nobody has signed it) and the only one a party may sign.
 */
public record Agreement(String id, List<AgreementVersion> versions) {

    public Agreement {
        versions = versions.stream().sorted(Comparator.comparingInt(AgreementVersion::number)).toList();
        if (versions.isEmpty()) {
            throw new IllegalArgumentException("an agreement has at least one version");
        }
    }

    public AgreementVersion latest() {
        return versions.get(versions.size() - 1);
    }

    public Optional<AgreementVersion> version(int number) {
        return versions.stream().filter(v -> v.number() == number).findFirst();
    }

    /** The parties, as the latest version names them (fixed once anyone has signed). */
    public List<String> parties() {
        return latest().terms().parties();
    }

    public Instant createdAt() {
        return versions.get(0).draftedAt();
    }

    /** Whether any version is signed by every party: such versions are published. */
    public boolean published() {
        return versions.stream().anyMatch(AgreementVersion::signedByAll);
    }

    public boolean anySignature() {
        return versions.stream().anyMatch(v -> !v.signatures().isEmpty());
    }
}
