package com.tradeledger.audit;

import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.introspect.AnnotatedField;
import com.fasterxml.jackson.databind.introspect.AnnotatedMember;
import com.fasterxml.jackson.databind.introspect.JacksonAnnotationIntrospector;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.BeanSerializerModifier;
import com.fasterxml.jackson.databind.ser.std.BeanSerializerBase;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.Set;
import java.util.StringJoiner;

/**
 * The documented JSON form of an aggregate's state: its fields, not its getters, by their Java names, and so on down
 * through the objects it holds.
 *
 * <ul>
 *   <li>Every instance field is shown, {@code null} included, except {@code static} and {@code transient} ones,
 *       fields injected into the aggregate ({@code @Inject}, {@code @Autowired}) and fields of Axon's own types:
 *       those are not state.
 *   <li>A record of a single component (typed ids such as {@code CustomerId}, {@code Username}, {@code Sku},
 *       {@code Percentage}) is shown as that component's value: {@code "salesperson": "sally"}.
 *   <li>Money is {@code {"amount": "2976.00", "currency": "USD"}}; every decimal is a JSON string in plain notation.
 *   <li>Enums by name, dates and instants in ISO 8601, collections as arrays, maps as objects whose keys are the
 *       keys' values: a record key's components joined by {@code /} ({@code "<contract id>/1"}), any other key's
 *       {@code toString()}.
 * </ul>
 */
final class AggregateStateJson {

    private static final Set<String> NOT_STATE = Set.of(
            "jakarta.inject.Inject",
            "javax.inject.Inject",
            "org.springframework.beans.factory.annotation.Autowired",
            "com.fasterxml.jackson.annotation.JsonIgnore");

    private static final ObjectMapper STATE = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .addModule(new SimpleModule("single-value-records").setSerializerModifier(new SingleValueRecords()))
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .visibility(PropertyAccessor.ALL, Visibility.NONE)
            .visibility(PropertyAccessor.FIELD, Visibility.ANY)
            .annotationIntrospector(new StateOnly())
            .withConfigOverride(
                    BigDecimal.class,
                    override -> override.setFormat(JsonFormat.Value.forShape(JsonFormat.Shape.STRING)))
            .build();

    private AggregateStateJson() {}

    /** The aggregate's state as JSON. */
    static JsonNode of(Object aggregate) {
        return STATE.valueToTree(aggregate);
    }

    /** Shows fields only, leaving out what is not state. */
    private static final class StateOnly extends JacksonAnnotationIntrospector {

        @Override
        public boolean hasIgnoreMarker(AnnotatedMember member) {
            if (member instanceof AnnotatedField field) {
                Field raw = field.getAnnotated();
                if (Modifier.isTransient(raw.getModifiers())
                        || raw.getType().getName().startsWith("org.axonframework.")) {
                    return true;
                }
                for (Annotation annotation : raw.getAnnotations()) {
                    if (NOT_STATE.contains(annotation.annotationType().getName())) {
                        return true;
                    }
                }
                return false;
            }
            return super.hasIgnoreMarker(member);
        }
    }

    /** Single-component records are shown as their one component; records as map keys as their joined values. */
    private static final class SingleValueRecords extends BeanSerializerModifier {

        @Override
        public JsonSerializer<?> modifySerializer(
                SerializationConfig config, BeanDescription description, JsonSerializer<?> serializer) {
            RecordComponent only = onlyComponent(description.getBeanClass());
            return only != null && serializer instanceof BeanSerializerBase ? new AsValue(only) : serializer;
        }

        @Override
        public JsonSerializer<?> modifyKeySerializer(
                SerializationConfig config, JavaType type, BeanDescription description, JsonSerializer<?> serializer) {
            return type.getRawClass().isRecord() ? new RecordKey() : serializer;
        }

        private static RecordComponent onlyComponent(Class<?> type) {
            RecordComponent[] components = type.isRecord() ? type.getRecordComponents() : null;
            return components != null && components.length == 1 ? components[0] : null;
        }
    }

    /** A record as a map key: its components' values joined by {@code /}, as {@code "<contract id>/1"}. */
    private static final class RecordKey extends JsonSerializer<Object> {

        @Override
        public void serialize(Object record, JsonGenerator json, SerializerProvider provider) throws IOException {
            StringJoiner key = new StringJoiner("/");
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                key.add(String.valueOf(AsValue.read(component, record)));
            }
            json.writeFieldName(key.toString());
        }
    }

    private static final class AsValue extends JsonSerializer<Object> {

        private final RecordComponent component;

        AsValue(RecordComponent component) {
            this.component = component;
        }

        @Override
        public void serialize(Object record, JsonGenerator json, SerializerProvider provider) throws IOException {
            provider.defaultSerializeValue(read(component, record), json);
        }

        static Object read(RecordComponent component, Object record) throws IOException {
            try {
                component.getAccessor().setAccessible(true);
                return component.getAccessor().invoke(record);
            } catch (ReflectiveOperationException | RuntimeException unreadable) {
                throw new IOException("cannot read " + component, unreadable);
            }
        }
    }
}
