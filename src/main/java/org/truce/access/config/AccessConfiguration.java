package org.truce.access.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.truce.access.AccountDirectory;
import org.truce.access.AccountStore;
import org.truce.access.Accounts;
import org.truce.access.PasswordHasher;
import org.truce.shared.WritePath;

@Configuration
public class AccessConfiguration {

    @Bean
    PasswordEncoder passwordEncoder() {
        return Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();
    }

    @Bean
    PasswordHasher passwordHasher(PasswordEncoder encoder) {
        return new PasswordHasher() {
            @Override
            public String hash(String password) {
                return encoder.encode(password);
            }

            @Override
            public boolean matches(String password, String hash) {
                return encoder.matches(password, hash);
            }
        };
    }

    @Bean
    AccountDirectory accountDirectory() {
        return new AccountDirectory();
    }

    @Bean
    Accounts accounts(WritePath writes, AccountStore store, PasswordHasher passwords) {
        return new Accounts(writes, store, passwords);
    }
}
