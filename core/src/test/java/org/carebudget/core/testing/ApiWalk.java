package org.carebudget.core.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Array;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.carebudget.core.time.SupportedDates;

/**
 * Walks a module's public API with hostile arguments and reports every call that lets out an exception other than
 * the module's own, or that changes an object's state while refusing the call.
 *
 * <p>For each public constructor and public method of each public class in the packages named, it builds a valid
 * call from samples ({@link #sample}), then replaces one argument at a time with a hostile value: null; for dates and
 * instants the extremes of {@code java.time} and the days just outside {@code SupportedDates}; for numbers their
 * extremes; for text the empty, the blank and a 100,000-character string; for collections one holding null, and
 * immutable ones ({@code Set.of}) that answer {@code contains(null)} with a {@code NullPointerException}; and the
 * public constants of the parameter's own type (such as {@code Gbp.MAX}). A call may return, or throw the module's
 * exception with a message under 1,000 characters; anything else is a violation. Instance methods run on a fresh
 * instance from {@link #instance}, or, when the type is a value, on its sample and on each of its public constants
 * (so {@code Gbp.MAX.plus(..)} is walked too); for an instance with a state function, a refused call must leave the
 * state as it was.
 *
 * <p>Samples need not all be given: before walking, every public static factory and constructor, and every public
 * method of a sampled value, is called once with valid arguments, and what it returns becomes the sample of its type
 * when that type has none (so the instance methods of a value obtained only from another, such as the pay reference
 * period a schedule returns, are walked too).
 *
 * <p>With {@link #requireUnsupportedDatesRefused()}, a call given a date or instant outside {@code SupportedDates}
 * ({@link #UNSUPPORTED}) must also be refused with the module's exception: returning normally is a violation. Members
 * that answer for any date (a predicate such as {@code SupportedDates.contains}) are exempted by name with
 * {@link #acceptsUnsupportedDates}. The supported edges themselves ({@code SupportedDates.FIRST}, {@code LAST},
 * {@code END}) are walked too, and may be accepted or refused.
 *
 * <p>Not thread-safe: build and run it in one test.
 */
public final class ApiWalk {

    private static final int LONG_TEXT = 100_000;
    private static final int MAX_MESSAGE = 1_000;

    /**
     * The dates and instants outside {@code SupportedDates} that a walk with
     * {@link #requireUnsupportedDatesRefused()} requires every member to refuse: java.time's extremes and the day just
     * outside each end (2201-01-02, since 2201-01-01 is the exclusive end a range may have).
     */
    public static final Set<Object> UNSUPPORTED = Set.of(LocalDate.MIN, LocalDate.MAX, LocalDate.of(1899, 12, 31),
            LocalDate.of(2201, 1, 2), Instant.MIN, Instant.MAX, Instant.parse("1899-12-31T12:00:00Z"),
            Instant.parse("2201-01-02T12:00:00Z"), LocalDateTime.MIN, LocalDateTime.MAX,
            LocalDateTime.of(1899, 12, 31, 12, 0), LocalDateTime.of(2201, 1, 2, 12, 0), OffsetDateTime.MIN,
            OffsetDateTime.MAX);

    private final List<Class<?>> types;
    private final Class<? extends RuntimeException> allowed;
    private final Map<Class<?>, List<Object>> samples = new HashMap<>();
    private final Map<Class<?>, Supplier<?>> instances = new HashMap<>();
    private final Map<Class<?>, Function<Object, ?>> states = new HashMap<>();
    private final Map<String, String> skipped = new LinkedHashMap<>();
    private final Map<String, String> anyDate = new LinkedHashMap<>();
    private boolean requireUnsupportedDatesRefused;

    private ApiWalk(List<Class<?>> types, Class<? extends RuntimeException> allowed) {
        this.types = types;
        this.allowed = allowed;
        sample(String.class, "a1");
        sample(Object.class, "a1");
        sample(CharSequence.class, "a1");
        sample(long.class, 1L);
        sample(Long.class, 1L);
        sample(int.class, 1);
        sample(Integer.class, 1);
        sample(boolean.class, true);
        sample(Boolean.class, true);
        sample(LocalDate.class, LocalDate.of(2026, 4, 6));
        sample(Instant.class, Instant.parse("2026-04-06T09:00:00Z"));
        sample(LocalDateTime.class, LocalDateTime.of(2026, 4, 6, 9, 0));
        sample(OffsetDateTime.class, OffsetDateTime.of(2026, 4, 6, 9, 0, 0, 0, ZoneOffset.ofHours(1)));
        sample(Duration.class, Duration.ofHours(1));
        sample(BigDecimal.class, new BigDecimal("12.50"));
    }

    /**
     * Returns a walk over the public classes of some packages, as found in the class-path entry (directory or jar)
     * that holds {@code anchor}. Sub-packages are not included: name each package.
     *
     * @param allowed the module's exception type: the only exception a call may throw
     * @param anchor a class of the module, whose code source is scanned
     * @param packages the package names to walk
     * @return the walk
     */
    public static ApiWalk of(Class<? extends RuntimeException> allowed, Class<?> anchor, String... packages) {
        Set<String> wanted = Set.of(packages);
        List<Class<?>> found = new ArrayList<>();
        for (String name : classNames(anchor)) {
            int dot = name.lastIndexOf('.');
            if (dot < 0 || !wanted.contains(name.substring(0, dot)) || name.contains("$")
                    || name.endsWith("package-info") || name.endsWith("module-info")) {
                continue;
            }
            try {
                Class<?> type = Class.forName(name, false, anchor.getClassLoader());
                if (Modifier.isPublic(type.getModifiers())) {
                    found.add(type);
                }
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(name, e);
            }
        }
        found.sort(Comparator.comparing(Class::getName));
        return new ApiWalk(found, allowed);
    }

    private static List<String> classNames(Class<?> anchor) {
        try {
            Path root = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (!Files.isDirectory(root)) {
                throw new IllegalStateException("ApiWalk scans class directories only: " + root);
            }
            try (Stream<Path> files = Files.walk(root)) {
                return files.filter(p -> p.toString().endsWith(".class"))
                        .map(p -> root.relativize(p).toString().replace('/', '.').replace('\\', '.'))
                        .map(n -> n.substring(0, n.length() - ".class".length()))
                        .sorted().collect(Collectors.toList());
            }
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Adds valid values of a type; the first is used in every call that does not make that argument hostile.
     *
     * @param <T> the type
     * @param type the parameter type
     * @param values valid values, at least one
     * @return this walk
     */
    @SafeVarargs
    public final <T> ApiWalk sample(Class<T> type, T... values) {
        List<Object> list = samples.computeIfAbsent(type, t -> new ArrayList<>());
        list.addAll(0, Arrays.asList(values));
        return this;
    }

    /**
     * Sets how to make a fresh receiver for a stateful type's instance methods, and how to read its state.
     *
     * @param <T> the type
     * @param type the type
     * @param fresh makes a new instance for each call
     * @param state reads the state a refused call must leave unchanged (a ledger's hash, a register's size); may be
     *     null for none
     * @return this walk
     */
    @SuppressWarnings("unchecked")
    public <T> ApiWalk instance(Class<T> type, Supplier<? extends T> fresh, Function<? super T, ?> state) {
        instances.put(type, fresh);
        if (state != null) {
            states.put(type, (Function<Object, ?>) state);
        }
        return this;
    }

    /**
     * Leaves out the members whose description starts with a prefix, such as {@code "org.x.Foo.bar("}.
     *
     * @param prefix the start of {@code Class.member(}
     * @param why why it is left out, for the report
     * @return this walk
     */
    public ApiWalk skip(String prefix, String why) {
        skipped.put(prefix, why);
        return this;
    }

    /**
     * Requires every member given a date or instant outside {@code SupportedDates} ({@link #UNSUPPORTED}) to refuse it
     * with the module's exception, unless exempted with {@link #acceptsUnsupportedDates}.
     *
     * @return this walk
     */
    public ApiWalk requireUnsupportedDatesRefused() {
        requireUnsupportedDatesRefused = true;
        return this;
    }

    /**
     * Exempts the members whose description starts with a prefix from {@link #requireUnsupportedDatesRefused()}: they
     * answer for any date (a predicate) and are still walked for every other fault.
     *
     * @param prefix the start of {@code Class.member(}
     * @param why why the member may accept an unsupported date, for the report
     * @return this walk
     */
    public ApiWalk acceptsUnsupportedDates(String prefix, String why) {
        anyDate.put(prefix, why);
        return this;
    }

    /**
     * Runs the walk.
     *
     * @return what it found
     */
    public Result run() {
        Result result = new Result();
        harvestSamples();
        for (Class<?> type : types) {
            List<Executable> members = new ArrayList<>();
            if (!Modifier.isAbstract(type.getModifiers())) {
                members.addAll(Arrays.asList(type.getConstructors()));
            }
            for (Method m : type.getMethods()) {
                if (m.getDeclaringClass() != Object.class && !m.isSynthetic() && !m.isBridge()
                        && m.getDeclaringClass().getName().startsWith(packageRoot(type))) {
                    members.add(m);
                }
            }
            members.sort(Comparator.comparing(ApiWalk::describe));
            for (Executable member : members) {
                walk(type, member, result);
            }
        }
        return result;
    }

    /**
     * Calls each public static factory and constructor once with valid arguments, and each public method of a value
     * that has a sample, keeping what it returns as the sample of its type when that type has none; repeated while new
     * samples appear, so a value reached only through another value ({@code schedule.periodContaining(date)}) is
     * walked too.
     */
    private void harvestSamples() {
        for (int pass = 0; pass < 4; pass++) {
            boolean found = false;
            for (Class<?> type : types) {
                List<Executable> factories = new ArrayList<>();
                if (!Modifier.isAbstract(type.getModifiers())) {
                    factories.addAll(Arrays.asList(type.getConstructors()));
                }
                Object receiver = instances.containsKey(type) ? null : firstSample(type);
                for (Method m : type.getMethods()) {
                    boolean isStatic = Modifier.isStatic(m.getModifiers());
                    if ((isStatic ? m.getDeclaringClass() == type : receiver != null) && !m.isSynthetic()
                            && !m.isBridge() && m.getDeclaringClass().getName().startsWith(packageRoot(type))) {
                        factories.add(m);
                    }
                }
                factories.sort(Comparator.comparing(ApiWalk::describe));
                for (Executable factory : factories) {
                    Class<?> made = factory instanceof Constructor ? type : ((Method) factory).getReturnType();
                    if (made.isPrimitive() || firstSample(made) != null || !types.contains(made)
                            || isSkipped(describe(factory))) {
                        continue;
                    }
                    Object[] args = validArguments(factory);
                    if (args == null) {
                        continue;
                    }
                    try {
                        Object value = factory instanceof Constructor<?> c ? c.newInstance(args)
                                : ((Method) factory).invoke(Modifier.isStatic(factory.getModifiers()) ? null
                                        : receiver, args);
                        if (value != null && made.isInstance(value)) {
                            samples.computeIfAbsent(made, t -> new ArrayList<>()).add(value);
                            found = true;
                        }
                    } catch (ReflectiveOperationException | IllegalArgumentException e) {
                        // refused or not callable with the samples: the walk itself reports it
                    }
                }
            }
            if (!found) {
                return;
            }
        }
    }

    private Object[] validArguments(Executable member) {
        Type[] params = member.getGenericParameterTypes();
        Object[] args = new Object[params.length];
        for (int i = 0; i < params.length; i++) {
            args[i] = validValue(params[i]);
            if (args[i] == null) {
                return null;
            }
        }
        return args;
    }

    private boolean isSkipped(String name) {
        for (String prefix : skipped.keySet()) {
            if (name.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    /** The receivers an instance method of a value type is called on: its sample, then its public constants. */
    private List<Object> receivers(Class<?> type) {
        List<Object> receivers = new ArrayList<>();
        Object first = firstSample(type);
        if (first != null) {
            receivers.add(first);
        }
        if (!type.isEnum()) {
            for (Object constant : constants(type)) {
                if (constant != null && !receivers.contains(constant)) {
                    receivers.add(constant);
                }
            }
        }
        return receivers;
    }

    private static String packageRoot(Class<?> type) {
        String name = type.getPackageName();
        int second = name.indexOf('.', name.indexOf('.') + 1);
        return second < 0 ? name : name.substring(0, second);
    }

    private void walk(Class<?> type, Executable member, Result result) {
        String name = describe(member);
        if (type.isEnum() && member.getName().equals("valueOf")) {
            return; // generated by the compiler; an enum's text form, where it has one, has its own parse
        }
        if (isSkipped(name)) {
            return;
        }
        boolean isStatic = member instanceof Constructor || Modifier.isStatic(member.getModifiers());
        if (!isStatic && !instances.containsKey(type) && firstSample(type) == null) {
            result.unwalked.add(name + ": no instance or sample of " + type.getSimpleName());
            return;
        }
        Type[] params = member.getGenericParameterTypes();
        Object[] base = new Object[params.length];
        for (int i = 0; i < params.length; i++) {
            base[i] = validValue(params[i]);
            if (base[i] == null) {
                result.unwalked.add(name + ": no sample of " + params[i].getTypeName());
                return;
            }
        }
        List<Object> receivers = isStatic || instances.containsKey(type) ? java.util.Collections.singletonList(null)
                : receivers(type);
        boolean comparison = member.getName().equals("compareTo") && params.length == 1;
        for (Object receiver : receivers) {
            call(type, member, receiver, base, -1, result);
            for (int i = 0; i < params.length; i++) {
                for (Object hostile : hostileValues(params[i])) {
                    if (comparison && hostile == null) {
                        continue; // Comparable's contract: compareTo(null) throws NullPointerException
                    }
                    Object[] args = base.clone();
                    args[i] = hostile;
                    call(type, member, receiver, args, i, result);
                }
            }
        }
    }

    private boolean mustRefuse(Executable member, Object[] args, int hostileAt) {
        if (!requireUnsupportedDatesRefused || hostileAt < 0 || args[hostileAt] == null
                || !UNSUPPORTED.contains(args[hostileAt])) { // Set.of's contains(null) throws
            return false;
        }
        String name = describe(member);
        for (String prefix : anyDate.keySet()) {
            if (name.startsWith(prefix)) {
                return false;
            }
        }
        return true;
    }

    private void call(Class<?> type, Executable member, Object sampleReceiver, Object[] args, int hostileAt,
            Result result) {
        boolean isStatic = member instanceof Constructor || Modifier.isStatic(member.getModifiers());
        Object receiver = isStatic ? null : instances.containsKey(type) ? instances.get(type).get() : sampleReceiver;
        Function<Object, ?> state = isStatic ? null : states.get(type);
        Object before = state == null ? null : state.apply(receiver);
        result.calls++;
        String on = isStatic || instances.containsKey(type) ? "" : " on " + show(receiver);
        try {
            if (member instanceof Constructor<?> c) {
                c.newInstance(args);
            } else {
                ((Method) member).invoke(receiver, args);
            }
            if (mustRefuse(member, args, hostileAt)) {
                result.violations.add(describe(member) + on + " with argument " + hostileAt + " = "
                        + show(args[hostileAt]) + ": accepted a date or instant outside SupportedDates");
            }
        } catch (InvocationTargetException e) {
            Throwable thrown = e.getCause();
            String where = describe(member) + on + (hostileAt < 0 ? " with valid arguments" : " with argument "
                    + hostileAt + " = " + show(args[hostileAt]));
            if (!allowed.isInstance(thrown)) {
                result.violations.add(where + ": threw " + thrown);
            } else if (thrown.getMessage() == null || thrown.getMessage().length() > MAX_MESSAGE) {
                result.violations.add(where + ": message of " + (thrown.getMessage() == null ? "no"
                        : thrown.getMessage().length()) + " characters");
            } else if (state != null && !Objects.equals(before, state.apply(receiver))) {
                result.violations.add(where + ": refused but changed the state");
            }
        } catch (IllegalAccessException | InstantiationException | IllegalArgumentException e) {
            result.unwalked.add(describe(member) + ": " + e);
        }
    }

    private static String show(Object value) {
        String text = value instanceof Object[] array ? Arrays.toString(array) : String.valueOf(value);
        return text.length() > 60 ? text.substring(0, 60) + "…(" + text.length() + ")" : text;
    }

    private Object firstSample(Class<?> type) {
        List<Object> list = samples.get(type);
        if (list != null && !list.isEmpty()) {
            return list.get(0);
        }
        if (type.isEnum()) {
            return type.getEnumConstants()[0];
        }
        for (Object constant : constants(type)) {
            return constant;
        }
        return null;
    }

    private Object validValue(Type type) {
        Class<?> raw = raw(type);
        if (raw == null) {
            return null;
        }
        if (raw.isArray()) {
            Object element = firstSample(raw.getComponentType());
            if (element == null) {
                return null;
            }
            Object array = Array.newInstance(raw.getComponentType(), 1);
            Array.set(array, 0, element);
            return array;
        }
        if (raw == List.class || raw == Collection.class || raw == Set.class) {
            List<Object> existing = samples.get(raw);
            if (existing != null && !existing.isEmpty()) {
                return existing.get(0);
            }
            Object element = validValue(argument(type, 0));
            if (element == null) {
                return null;
            }
            return raw == Set.class ? Set.of(element) : List.of(element);
        }
        if (raw == Map.class) {
            List<Object> existing = samples.get(raw);
            if (existing != null && !existing.isEmpty()) {
                return existing.get(0);
            }
            Object key = validValue(argument(type, 0));
            Object value = validValue(argument(type, 1));
            return key == null || value == null ? null : Map.of(key, value);
        }
        return firstSample(raw);
    }

    private List<Object> hostileValues(Type type) {
        Class<?> raw = raw(type);
        List<Object> values = new ArrayList<>();
        if (raw == null) {
            return values;
        }
        if (!raw.isPrimitive()) {
            values.add(null);
        }
        if (raw == long.class || raw == Long.class) {
            values.addAll(List.of(Long.MIN_VALUE, Long.MAX_VALUE, -1L, 0L));
        } else if (raw == int.class || raw == Integer.class) {
            values.addAll(List.of(Integer.MIN_VALUE, Integer.MAX_VALUE, -1, 0));
        } else if (raw == String.class) {
            values.addAll(List.of("", "   ", "x".repeat(LONG_TEXT), "\u0000"));
        } else if (raw == LocalDate.class) {
            values.addAll(List.of(LocalDate.MIN, LocalDate.MAX, LocalDate.of(1899, 12, 31), LocalDate.of(2201, 1, 2),
                    SupportedDates.FIRST, SupportedDates.LAST, SupportedDates.END));
        } else if (raw == Instant.class) {
            values.addAll(List.of(Instant.MIN, Instant.MAX, Instant.parse("1899-12-31T12:00:00Z"),
                    Instant.parse("2201-01-02T12:00:00Z"), SupportedDates.FIRST_INSTANT,
                    SupportedDates.END_INSTANT.minusNanos(1), SupportedDates.END_INSTANT));
        } else if (raw == LocalDateTime.class) {
            values.addAll(List.of(LocalDateTime.MIN, LocalDateTime.MAX, LocalDateTime.of(1899, 12, 31, 12, 0),
                    LocalDateTime.of(2201, 1, 2, 12, 0), SupportedDates.FIRST.atStartOfDay(),
                    SupportedDates.LAST.atTime(23, 59, 59)));
        } else if (raw == OffsetDateTime.class) {
            values.addAll(List.of(OffsetDateTime.MIN, OffsetDateTime.MAX));
        } else if (raw == Duration.class) {
            values.addAll(List.of(Duration.ofSeconds(Long.MAX_VALUE), Duration.ofSeconds(Long.MIN_VALUE),
                    Duration.ofMinutes(-1)));
        } else if (raw == BigDecimal.class) {
            values.addAll(List.of(new BigDecimal("1E+1000000000"), new BigDecimal("1E-1000000000"),
                    new BigDecimal("-92233720368547758.08")));
        } else if (raw == List.class || raw == Collection.class) {
            values.add(new ArrayList<>(Arrays.asList((Object) null)));
            values.add(List.of());
        } else if (raw == Set.class) {
            values.add(new HashSet<>(Arrays.asList((Object) null)));
            values.add(Set.of());
            Object element = validValue(argument(type, 0));
            if (element != null) {
                values.add(Set.of(element));
                if (element instanceof Comparable<?>) {
                    values.add(new TreeSet<>(List.of(element)));
                }
            }
        } else if (raw == Map.class) {
            Map<Object, Object> nullKey = new HashMap<>();
            nullKey.put(null, validValue(argument(type, 1)));
            values.add(nullKey);
            values.add(Map.of());
        } else if (raw.isArray()) {
            values.add(Array.newInstance(raw.getComponentType(), 0));
            if (!raw.getComponentType().isPrimitive()) {
                values.add(Array.newInstance(raw.getComponentType(), 1));
            } else if (raw.getComponentType() == long.class) {
                values.add(new long[] {Long.MIN_VALUE});
                values.add(new long[] {Long.MAX_VALUE, Long.MAX_VALUE});
            }
        }
        for (Object constant : constants(raw)) {
            if (!values.contains(constant)) { // an ArrayList: contains(null) is safe
                values.add(constant);
            }
        }
        return values;
    }

    private static List<Object> constants(Class<?> type) {
        List<Object> values = new ArrayList<>();
        for (Field field : type.getFields()) {
            int modifiers = field.getModifiers();
            if (Modifier.isStatic(modifiers) && Modifier.isFinal(modifiers) && field.getType() == type) {
                try {
                    values.add(field.get(null));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return values;
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        if (type instanceof TypeVariable<?> v) {
            return raw(v.getBounds()[0]);
        }
        if (type instanceof WildcardType w) {
            return raw(w.getUpperBounds()[0]);
        }
        return null;
    }

    private static Type argument(Type type, int index) {
        return type instanceof ParameterizedType p ? p.getActualTypeArguments()[index] : Object.class;
    }

    private static String describe(Executable member) {
        String params = Arrays.stream(member.getParameterTypes()).map(Class::getSimpleName)
                .collect(Collectors.joining(", "));
        String name = member instanceof Constructor ? "<init>" : member.getName();
        return member.getDeclaringClass().getName() + "." + name + "(" + params + ")";
    }

    /** What a walk found. */
    public static final class Result {

        private int calls;
        private final List<String> violations = new ArrayList<>();
        private final List<String> unwalked = new ArrayList<>();

        /**
         * Returns the number of calls made.
         *
         * @return the calls
         */
        public int calls() {
            return calls;
        }

        /**
         * Returns the calls that let out another exception, wrote an over-long message or changed state when refused.
         *
         * @return the violations, in member order
         */
        public List<String> violations() {
            return violations;
        }

        /**
         * Returns the members that could not be called for want of a sample or an instance.
         *
         * @return the members, in member order
         */
        public List<String> unwalked() {
            return unwalked;
        }

        @Override
        public String toString() {
            return calls + " calls, " + violations.size() + " violations, " + unwalked.size() + " unwalked"
                    + (violations.isEmpty() ? "" : "\n  " + String.join("\n  ", violations))
                    + (unwalked.isEmpty() ? "" : "\nunwalked:\n  " + String.join("\n  ", unwalked));
        }
    }
}
