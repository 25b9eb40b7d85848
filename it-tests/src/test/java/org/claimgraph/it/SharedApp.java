package org.claimgraph.it;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Starts one packaged app for all test classes that use this extension, and stops it when the
 * test run ends. Tests that need an app of their own start a {@link PackagedApp} themselves.
 */
public final class SharedApp implements BeforeAllCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SharedApp.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        app(context);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == PackagedApp.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return app(context);
    }

    static PackagedApp app(ExtensionContext context) {
        return context.getRoot()
                .getStore(NAMESPACE)
                .computeIfAbsent("app", key -> new Closing(PackagedApp.start()), Closing.class)
                .app;
    }

    /** Lets JUnit close the app when the root context closes. */
    private record Closing(PackagedApp app) implements AutoCloseable {
        @Override
        public void close() {
            app.close();
        }
    }
}
