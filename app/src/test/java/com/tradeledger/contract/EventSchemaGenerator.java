package com.tradeledger.contract;

import com.fasterxml.classmate.ResolvedType;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.github.victools.jsonschema.generator.CustomDefinition;
import com.github.victools.jsonschema.generator.CustomPropertyDefinition;
import com.github.victools.jsonschema.generator.FieldScope;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaGenerationContext;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;
import com.github.victools.jsonschema.module.jackson.JacksonModule;
import com.github.victools.jsonschema.module.jackson.JacksonOption;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Currency;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Generates an event's JSON Schema (draft 07, every schema inline) from its {@code api} record as the event store's
 * Jackson mapper writes it: every record component present, {@code null} when it has no value; typed ids and other
 * {@code @JsonValue} values as their value; decimals marked {@code @JsonFormat(shape = STRING)} as strings; dates
 * and instants as ISO strings; currencies as ISO 4217 codes; enums by name; nothing else.
 */
final class EventSchemaGenerator {

    static final String DECIMAL = "^-?[0-9]+(\\.[0-9]+)?$";

    /** Fields the feed leaves out for integrators (价格访问权限), so a schema cannot require them. */
    private static final Set<String> REDACTED_IN_FEED =
            Set.of("com.tradeledger.products.PriceList.floorPrice", "com.tradeledger.products.PriceList.costPrice");

    private final SchemaGenerator generator;

    EventSchemaGenerator() {
        ObjectMapper storedFormat = JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .build();
        SchemaGeneratorConfigBuilder config = new SchemaGeneratorConfigBuilder(
                        storedFormat, SchemaVersion.DRAFT_7, OptionPreset.PLAIN_JSON)
                .with(new JacksonModule(JacksonOption.FLATTENED_ENUMS_FROM_JSONVALUE))
                .with(Option.INLINE_ALL_SCHEMAS)
                .with(Option.FORBIDDEN_ADDITIONAL_PROPERTIES_BY_DEFAULT)
                .with(Option.NULLABLE_FIELDS_BY_DEFAULT)
                .with(Option.STANDARD_FORMATS);
        config.forTypesInGeneral().withCustomDefinitionProvider(EventSchemaGenerator::valueTypes);
        config.forFields()
                .withCustomDefinitionProvider(EventSchemaGenerator::decimalsAsStrings)
                .withRequiredCheck(field -> !REDACTED_IN_FEED.contains(qualifiedName(field)))
                .withNullableCheck(field -> !field.getType().isPrimitive());
        this.generator = new SchemaGenerator(config.build());
    }

    ObjectNode schemaOf(Class<?> event) {
        ObjectNode schema = generator.generateSchema(event);
        ObjectNode titled = schema.objectNode();
        titled.set("$schema", schema.remove("$schema"));
        titled.put("title", event.getSimpleName());
        titled.setAll(schema);
        return titled;
    }

    /** A currency as its ISO 4217 code; a {@code @JsonValue} type (a typed id, a code) as its value's schema. */
    private static CustomDefinition valueTypes(ResolvedType type, SchemaGenerationContext context) {
        Class<?> erased = type.getErasedType();
        if (erased == Currency.class) {
            ObjectNode code = context.getGeneratorConfig().createObjectNode();
            code.put("type", "string").put("pattern", "^[A-Z]{3}$");
            return new CustomDefinition(
                    code, CustomDefinition.INLINE_DEFINITION, CustomDefinition.INCLUDING_ATTRIBUTES);
        }
        if (erased.isEnum()) {
            return null;
        }
        return jsonValueType(erased)
                .map(valueType -> new CustomDefinition(
                        context.createStandardDefinition(
                                context.getTypeContext().resolve(valueType), null),
                        CustomDefinition.INLINE_DEFINITION,
                        CustomDefinition.INCLUDING_ATTRIBUTES))
                .orElse(null);
    }

    private static Optional<Type> jsonValueType(Class<?> type) {
        Stream<Method> methods = Arrays.stream(type.getDeclaredMethods())
                .filter(method -> method.getParameterCount() == 0 && !Modifier.isStatic(method.getModifiers()));
        Stream<Field> fields =
                Arrays.stream(type.getDeclaredFields()).filter(field -> !Modifier.isStatic(field.getModifiers()));
        return Stream.concat(methods, fields)
                .filter(member -> jsonValue((AnnotatedElement) member))
                .findFirst()
                .map(member -> member instanceof Method method
                        ? method.getGenericReturnType()
                        : ((Field) member).getGenericType());
    }

    private static boolean jsonValue(AnnotatedElement member) {
        JsonValue value = member.getAnnotation(JsonValue.class);
        return value != null && value.value();
    }

    private static CustomPropertyDefinition decimalsAsStrings(FieldScope field, SchemaGenerationContext context) {
        JsonFormat format = field.getAnnotationConsideringFieldAndGetter(JsonFormat.class);
        if (field.getType().getErasedType() != BigDecimal.class
                || format == null
                || format.shape() != JsonFormat.Shape.STRING) {
            return null;
        }
        ObjectNode text = context.getGeneratorConfig().createObjectNode();
        text.put("type", "string").put("pattern", DECIMAL);
        return new CustomPropertyDefinition(text, CustomDefinition.INCLUDING_ATTRIBUTES);
    }

    private static String qualifiedName(FieldScope field) {
        return field.getDeclaringType().getErasedType().getName() + "." + field.getName();
    }
}
