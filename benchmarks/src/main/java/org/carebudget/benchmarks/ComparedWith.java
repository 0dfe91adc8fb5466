package org.carebudget.benchmarks;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names the baseline a benchmark method is compared with in {@code benchmarks/RESULTS.md}: another {@code @Benchmark}
 * method of the same class, run with the same parameters (a Moneta path beside the pence engine, a naive
 * recomputation beside an incremental one). The summary prints the ratio of the two scores.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface ComparedWith {

    /**
     * Returns the baseline's method name in the same class.
     *
     * @return the method name, not blank
     */
    String value();
}
