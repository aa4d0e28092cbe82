package id.redaksi;

import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Puts the {@link DatabaseBreaker} in front of the DataSource, embedded or external, whoever made it. */
@Configuration(proxyBeanMethods = false)
class DatabaseBreakerConfiguration {

    @Bean
    DatabaseBreaker databaseBreaker() {
        return new DatabaseBreaker();
    }

    /** Static, as a post-processor must be, so it does not wait for this configuration's other beans. */
    @Bean
    static BeanPostProcessor breakerInFrontOfTheDataSource(ObjectProvider<DatabaseBreaker> breaker) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                if (bean instanceof DataSource pool && !(bean instanceof BreakerDataSource)) {
                    return new BreakerDataSource(pool, breaker.getObject());
                }
                return bean;
            }
        };
    }
}
