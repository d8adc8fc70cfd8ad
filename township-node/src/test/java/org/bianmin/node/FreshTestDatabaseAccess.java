package org.bianmin.node;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;

/**
 * {@link FreshTestDatabase} for test classes outside this package that need their own
 * application context (e.g. a village node on a random port for a browser test).
 */
@TestConfiguration(proxyBeanMethods = false)
@Import(FreshTestDatabase.class)
public class FreshTestDatabaseAccess {

}
