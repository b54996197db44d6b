package org.gongkai.agency;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.EnumSet;
import org.gongkai.agency.internal.UserRepository;
import org.gongkai.core.review.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * On first start (no {@code admin} yet) creates the administrator {@code admin} in the county government,
 * with the password from GONGKAI_ADMIN_PASSWORD or a random one printed once to the log. If there is
 * no agency at all (demo data switched off), the county government is created from configuration.
 */
@Component
@Order(20)
public class AdminBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";

    private final UserRepository users;
    private final AgencyService agencies;
    private final PasswordEncoder encoder;
    private final Clock clock;
    private final String configuredPassword;
    private final String countyCode;
    private final String countyName;
    private volatile String generatedPassword;

    public AdminBootstrap(UserRepository users, AgencyService agencies, PasswordEncoder encoder, Clock clock,
                          @Value("${gongkai.admin-password:}") String configuredPassword,
                          @Value("${gongkai.county.code:113309990000000195}") String countyCode,
                          @Value("${gongkai.county.name:青山县人民政府}") String countyName) {
        this.users = users;
        this.agencies = agencies;
        this.encoder = encoder;
        this.clock = clock;
        this.configuredPassword = configuredPassword;
        this.countyCode = countyCode;
        this.countyName = countyName;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        // "admin" rather than "any user": the demo county's officers are created before this runs
        if (users.findByUsername("admin").isPresent()) {
            return;
        }
        var root = agencies.root().orElseGet(() ->
                agencies.create(NewAgency.of(countyCode, countyName, AgencyKind.GOVERNMENT, null), null));
        String password = adminPassword();
        users.insert("admin", encoder.encode(password), "系统管理员", root.id(),
                EnumSet.of(Role.COUNTY_ADMIN, Role.AGENCY_ADMIN), null, clock.instant());
        if (configuredPassword == null || configuredPassword.isBlank()) {
            log.warn("\n\n  Created administrator 'admin' with the generated password: {}\n"
                    + "  It is shown only this once; set GONGKAI_ADMIN_PASSWORD to choose one instead.\n", password);
        } else {
            log.info("Created administrator 'admin' with the password from GONGKAI_ADMIN_PASSWORD");
        }
    }

    /** The password of the first start: configured, or generated once and then remembered for this run. */
    public synchronized String adminPassword() {
        if (configuredPassword != null && !configuredPassword.isBlank()) {
            return configuredPassword;
        }
        if (generatedPassword == null) {
            SecureRandom random = new SecureRandom();
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < 16; i++) {
                sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            generatedPassword = sb.toString();
        }
        return generatedPassword;
    }
}
