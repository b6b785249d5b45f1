package org.truce.geo.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.truce.geo.Regions;

@Configuration
public class GeoConfiguration {

    @Bean
    Regions regions() {
        return Regions.shipped();
    }
}
