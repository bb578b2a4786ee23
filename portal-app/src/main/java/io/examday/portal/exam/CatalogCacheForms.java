package io.examday.portal.exam;

import io.examday.portal.sharedstate.SharedCacheForms;
import org.springframework.boot.cache.autoconfigure.RedisCacheManagerBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The catalog's Redis caches hold JSON of their records, which the next build of the portal reads too. */
@Configuration(proxyBeanMethods = false)
class CatalogCacheForms {

    @Bean
    RedisCacheManagerBuilderCustomizer catalogCachesAsJson() {
        return SharedCacheForms.of(ExamCatalog.SCHEDULE_FORM, ExamCatalog.CONTENT_FORM, ExamCatalog.KEY_FORM);
    }
}
