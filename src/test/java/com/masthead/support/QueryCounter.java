package com.masthead.support;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Counts the SQL statements that request-handling threads prepare, so that tests can prove a page costs a fixed
 * number of queries whatever the size of the archive. Wraps the real data source; changes nothing else.
 */
public final class QueryCounter {

    private static final AtomicLong STATEMENTS = new AtomicLong();

    private QueryCounter() {}

    /** Statements prepared by HTTP worker threads since the JVM started. */
    public static long count() {
        return STATEMENTS.get();
    }

    @TestConfiguration(proxyBeanMethods = false)
    public static class Configuration {

        @Bean
        static BeanPostProcessor countingDataSource() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String beanName) {
                    return bean instanceof DataSource dataSource ? wrap(dataSource) : bean;
                }
            };
        }
    }

    private static DataSource wrap(DataSource target) {
        InvocationHandler handler = (proxy, method, args) -> {
            Object result = invoke(target, method, args);
            return result instanceof Connection connection ? counting(connection) : result;
        };
        return (DataSource)
                Proxy.newProxyInstance(QueryCounter.class.getClassLoader(), new Class<?>[] {DataSource.class}, handler);
    }

    private static Connection counting(Connection target) {
        InvocationHandler handler = (proxy, method, args) -> {
            String name = method.getName();
            if ((name.equals("prepareStatement") || name.equals("createStatement"))
                    && Thread.currentThread().getName().startsWith("http-nio")) {
                STATEMENTS.incrementAndGet();
            }
            return invoke(target, method, args);
        };
        return (Connection)
                Proxy.newProxyInstance(QueryCounter.class.getClassLoader(), new Class<?>[] {Connection.class}, handler);
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
