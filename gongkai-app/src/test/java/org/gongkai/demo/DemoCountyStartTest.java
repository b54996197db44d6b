package org.gongkai.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.gongkai.agency.AgencyService;
import org.gongkai.catalog.PublicCatalog;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;

/**
 * The first start as the README describes it: demo county loaded, and the administrator created
 * even though the demo's officers already exist (they share its password). Own in-memory database,
 * because the loader runs only on an empty one.
 */
@SpringBootTest(properties = {
        "gongkai.demo.enabled=true", "gongkai.demo.items=400",
        "spring.datasource.url=jdbc:h2:mem:demo-start;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "spring.datasource.username=sa", "spring.datasource.password="})
@ActiveProfiles("test")
class DemoCountyStartTest {

    @Autowired
    AgencyService agencies;
    @Autowired
    PublicCatalog catalog;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PasswordEncoder encoder;

    @Test
    void the_first_start_loads_the_county_and_creates_admin_with_the_officers_password() {
        assertThat(agencies.all()).hasSizeGreaterThanOrEqualTo(60);
        assertThat(catalog.countPublished()).isEqualTo(400);
        String adminHash = jdbc.sql("SELECT password_hash FROM app_user WHERE username = 'admin'").query(String.class).single();
        String drafterHash = jdbc.sql("SELECT password_hash FROM app_user WHERE username = 'a01.drafter'")
                .query(String.class).single();
        assertThat(encoder.matches("test-admin-password", adminHash)).isTrue();
        assertThat(encoder.matches("test-admin-password", drafterHash)).isTrue();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM user_role r JOIN app_user u ON u.id = r.user_id "
                + "WHERE u.username = 'admin' AND r.role = 'COUNTY_ADMIN'").query(Long.class).single()).isEqualTo(1);
    }

}
