package org.gongkai.portal;

import org.gongkai.catalog.ItemService;
import org.gongkai.catalog.PublicCatalog;
import org.gongkai.search.SearchService;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * Imported by the portal's tests only (a {@code @TestConfiguration} is not picked up by component
 * scanning, so other modules' tests keep the real search): a predictable search service and the
 * fixture that publishes items through the real review chain.
 */
@TestConfiguration(proxyBeanMethods = false)
public class PortalTestConfig {

    @Bean
    @Primary
    FakeSearchService fakeSearchService() {
        return new FakeSearchService();
    }

    @Bean
    PortalFixture portalFixture(ItemService items, PublicCatalog catalog, SearchService search) {
        return new PortalFixture(items, catalog, search);
    }
}
