/*
 * Copyright 2026 the camel-whacenter authors.
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *      http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
package io.github.camelwhacenter.springboot;

import io.github.camelwhacenter.WebhookBodyLimits;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;

/**
 * On Spring Boot's servlet container, reads the webhook consumers' request bodies before Camel does, bounded in size
 * and time and without holding a thread while they arrive: the consumers register their paths in the
 * {@link WebhookBodyLimits} bean, and a filter ahead of every other reads their bodies.
 */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass({ Filter.class, FilterRegistrationBean.class })
public class WhacenterWebhookBodyLimitAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    public WebhookBodyLimits whacenterWebhookBodyLimits() {
        return new WebhookBodyLimits();
    }

    @Bean
    public FilterRegistrationBean<WhacenterWebhookBodyLimitFilter> whacenterWebhookBodyLimitFilter(WebhookBodyLimits limits) {
        FilterRegistrationBean<WhacenterWebhookBodyLimitFilter> registration
                = new FilterRegistrationBean<>(new WhacenterWebhookBodyLimitFilter(limits));
        registration.setName("whacenterWebhookBodyLimit");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        // the body is read in an async cycle, and the request dispatched again once it is whole
        registration.setAsyncSupported(true);
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ASYNC);
        return registration;
    }
}
