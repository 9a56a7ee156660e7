package dev.ordino.shared;

import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Masks personal data for callers configured not to see it (read-only staff, with
 * {@code ORDINO_MASK_PERSONAL_DATA=true}): names, e-mails, phone numbers, streets and postal codes keep their
 * first character, so a list stays readable; labels, cities, regions and countries stay, for reports.
 *
 * <p>Personal data is found by the name of the field that holds it, wherever it appears: a record component
 * or a map key (a timeline's details) in {@link #FIELDS}, and a {@code name} beside an {@code email} unless
 * its {@code type} is {@code BUSINESS} (a person's name; a business's name stays). A value that holds
 * personal data under another name says so by implementing {@link Masking}. {@link #maskAll} applies this to
 * a whole answer, at any depth; {@code shared.web.PersonalDataMasking} applies it to every answer a masked
 * caller gets.
 */
public final class PersonalData {

    /** The names of the fields that hold personal data, wherever they appear. */
    public static final Set<String> FIELDS =
            Set.of("email", "firstName", "lastName", "contactName", "phone", "line1", "line2", "postalCode");

    /** A value holding personal data its field names do not tell: it answers a copy with that data masked. */
    public interface Masking<T> {

        T masked();
    }

    private static final ClassValue<Shape> SHAPES = new ClassValue<>() {
        @Override
        protected Shape computeValue(Class<?> type) {
            return Shape.of(type);
        }
    };

    private PersonalData() {}

    public static String mask(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        return value.charAt(0) + "•••";
    }

    /**
     * The value with every personal field masked, at any depth: records are rebuilt, lists, sets, maps and
     * optionals copied; other values are answered as they are, and so is anything without personal data.
     */
    @SuppressWarnings("unchecked")
    public static <T> T maskAll(T value) {
        return (T) walk(value);
    }

    private static Object walk(Object value) {
        var current = value instanceof Masking<?> masking ? masking.masked() : value;
        if (current instanceof Record record) {
            return record(record);
        }
        if (current instanceof Map<?, ?> map) {
            return map(map);
        }
        if (current instanceof List<?> list) {
            var masked = new ArrayList<Object>(list.size());
            list.forEach(item -> masked.add(walk(item)));
            return same(list, masked) ? list : Collections.unmodifiableList(masked);
        }
        if (current instanceof Set<?> set) {
            var masked = new ArrayList<Object>(set.size());
            set.forEach(item -> masked.add(walk(item)));
            return same(set, masked) ? set : Collections.unmodifiableSet(new LinkedHashSet<>(masked));
        }
        if (current instanceof Optional<?> optional) {
            return optional.map(PersonalData::walk);
        }
        return current;
    }

    private static Object record(Record record) {
        var shape = SHAPES.get(record.getClass());
        var fields = new LinkedHashMap<String, Object>();
        for (int i = 0; i < shape.components().length; i++) {
            fields.put(shape.components()[i].getName(), shape.read(record, i));
        }
        var masked = fields(fields);
        return same(fields.values(), masked.values())
                ? record
                : shape.make(masked.values().toArray());
    }

    private static Object map(Map<?, ?> map) {
        var fields = new LinkedHashMap<String, Object>();
        for (var entry : map.entrySet()) {
            if (!(entry.getKey() instanceof String)) {
                return maskValues(map);
            }
            fields.put((String) entry.getKey(), entry.getValue());
        }
        var masked = fields(fields);
        return same(fields.values(), masked.values()) ? map : Collections.unmodifiableMap(masked);
    }

    private static Object maskValues(Map<?, ?> map) {
        var masked = new LinkedHashMap<Object, Object>();
        map.forEach((key, item) -> masked.put(key, walk(item)));
        return same(map.values(), masked.values()) ? map : Collections.unmodifiableMap(masked);
    }

    /** The fields of one record or map, each personal one masked and the others walked. */
    private static LinkedHashMap<String, Object> fields(Map<String, Object> fields) {
        var person = fields.get("email") != null && !"BUSINESS".equals(String.valueOf(fields.get("type")));
        var masked = new LinkedHashMap<String, Object>();
        fields.forEach((name, item) -> {
            var personal = FIELDS.contains(name) || (person && name.equals("name"));
            masked.put(name, personal && item instanceof String text ? mask(text) : walk(item));
        });
        return masked;
    }

    /** Whether nothing was masked: the same items, the very same objects, in the same order. */
    private static boolean same(Collection<?> before, Collection<?> after) {
        var masked = after.iterator();
        for (var item : before) {
            if (item != masked.next()) {
                return false;
            }
        }
        return true;
    }

    /** How to take a record apart and build it again. */
    private record Shape(RecordComponent[] components, Method[] accessors, Constructor<?> constructor) {

        static Shape of(Class<?> type) {
            var components = type.getRecordComponents();
            var accessors =
                    Arrays.stream(components).map(RecordComponent::getAccessor).toArray(Method[]::new);
            try {
                var constructor = type.getDeclaredConstructor(
                        Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
                constructor.setAccessible(true);
                for (var accessor : accessors) {
                    accessor.setAccessible(true);
                }
                return new Shape(components, accessors, constructor);
            } catch (ReflectiveOperationException | RuntimeException e) {
                throw new IllegalStateException("Cannot mask the personal data of " + type.getName(), e);
            }
        }

        Object read(Record record, int index) {
            try {
                return accessors[index].invoke(record);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("Cannot mask the personal data of " + record.getClass(), e);
            }
        }

        Object make(Object[] values) {
            try {
                return constructor.newInstance(values);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("Cannot mask the personal data of " + constructor.getName(), e);
            }
        }
    }
}
