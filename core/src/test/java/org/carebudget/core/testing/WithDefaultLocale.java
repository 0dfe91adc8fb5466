package org.carebudget.core.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Locale;
import java.util.Objects;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs a test (or every test of a class) under a given default locale, for all locale categories, and restores the
 * previous defaults afterwards, even when the test fails:
 * <pre>{@code
 * @Test
 * @WithDefaultLocale("ar-EG")
 * void givenArabicDefaultLocale_thenTaxYearPrintsAsciiDigits() { ... }
 * }</pre>
 * For a test over several locales, {@link Scope#run(Locale, Runnable)} does the same around a block, so a
 * {@code @ParameterizedTest} can take the locale tag as its argument. Tests run one at a time here (no parallel
 * execution is configured): the default locale is global to the JVM.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
@ExtendWith(WithDefaultLocale.Extension.class)
public @interface WithDefaultLocale {

    /**
     * The locale as an IETF BCP 47 language tag, such as {@code "ar-EG"} or {@code "th-TH-u-nu-thai"}.
     *
     * @return the tag
     */
    String value();

    /** Runs a block under a default locale, for a test over several locales. */
    final class Scope {

        private Scope() {
        }

        /**
         * Runs a block under a default locale, for all categories, and restores the previous defaults.
         *
         * @param locale the locale, not null
         * @param block the block, not null
         */
        public static void run(Locale locale, Runnable block) {
            Objects.requireNonNull(locale, "locale");
            Objects.requireNonNull(block, "block");
            Saved saved = Saved.andSet(locale);
            try {
                block.run();
            } finally {
                saved.restore();
            }
        }
    }

    /** The defaults in force before, for every category. */
    final class Saved {
        private final Locale all;
        private final Locale display;
        private final Locale format;

        private Saved() {
            all = Locale.getDefault();
            display = Locale.getDefault(Locale.Category.DISPLAY);
            format = Locale.getDefault(Locale.Category.FORMAT);
        }

        static Saved andSet(Locale locale) {
            Saved saved = new Saved();
            Locale.setDefault(locale); // sets DISPLAY and FORMAT too
            return saved;
        }

        void restore() {
            Locale.setDefault(all);
            Locale.setDefault(Locale.Category.DISPLAY, display);
            Locale.setDefault(Locale.Category.FORMAT, format);
        }
    }

    /** The JUnit 5 extension behind the annotation. */
    final class Extension implements BeforeEachCallback, AfterEachCallback {

        private static final ExtensionContext.Namespace NAMESPACE =
                ExtensionContext.Namespace.create(WithDefaultLocale.class);

        @Override
        public void beforeEach(ExtensionContext context) {
            WithDefaultLocale wanted = context.getTestMethod().map(m -> m.getAnnotation(WithDefaultLocale.class))
                    .orElseGet(() -> context.getRequiredTestClass().getAnnotation(WithDefaultLocale.class));
            Locale locale = Locale.forLanguageTag(wanted.value());
            context.getStore(NAMESPACE).put(Saved.class, Saved.andSet(locale));
        }

        @Override
        public void afterEach(ExtensionContext context) {
            Saved saved = context.getStore(NAMESPACE).remove(Saved.class, Saved.class);
            if (saved != null) {
                saved.restore();
            }
        }
    }
}
