package org.truce.ui.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.truce.agreement.Agreements;
import org.truce.agreement.SignedVersion;
import org.truce.ui.IncidentsLayer;
import org.truce.ui.MapLayer;
import org.truce.ui.TimeWindow;

import java.time.Instant;
import java.util.Optional;

/** The incidents map layer; its time slider spans the windows of the agreements in force at some time. */
@Configuration
class IncidentsLayerConfiguration {

    @Bean
    MapLayer incidentsLayer(Agreements agreements) {
        return IncidentsLayer.layer(() -> {
            Instant from = null;
            Instant to = null;
            for (SignedVersion v : agreements.signedVersions()) {
                if (v.inForceFrom() == null) {
                    continue;
                }
                Instant end = v.inForceUntil() != null ? v.inForceUntil() : v.inForceFrom().plusSeconds(90L * 86_400);
                from = from == null || v.inForceFrom().isBefore(from) ? v.inForceFrom() : from;
                to = to == null || end.isAfter(to) ? end : to;
            }
            return from == null ? Optional.empty() : Optional.of(new TimeWindow(from, to));
        });
    }
}
