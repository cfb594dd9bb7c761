package org.chronologer.spark;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.module.SimpleDeserializers;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;
import org.chronologer.interpret.Shift;
import org.chronologer.interpret.SymbolicValue;
import org.chronologer.model.Anchor;
import org.threeten.extra.LocalDateRange;

/**
 * What one article's work hands to the corpus steps, as text that travels between executors: the engine's records
 * (evidence, mentions, the events an article tells) written as JSON by their fields and read back through their
 * canonical constructors, so that a step never tags an article again to get them. {@code decode(encode(x))} equals
 * {@code x} (ChronologyJobTest checks it on the fixtures).
 */
final class Codec {

    private static final ObjectMapper JSON = mapper();

    private Codec() {
    }

    /** The value as JSON. */
    static String encode(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot encode " + value.getClass().getName(), e);
        }
    }

    /** The value of {@link #encode}'s JSON. */
    static <T> T decode(String json, TypeReference<T> type) {
        try {
            return JSON.readValue(json, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The sealed interfaces of the records: their values name their class. */
    @JsonTypeInfo(use = JsonTypeInfo.Id.CLASS, property = "@c")
    private interface Typed {
    }

    private static ObjectMapper mapper() {
        SimpleModule m = new SimpleModule("chronologer-spark");
        m.setDeserializers(new SimpleDeserializers() {
            @Override
            public JsonDeserializer<?> findBeanDeserializer(JavaType type, DeserializationConfig config, BeanDescription bean)
                    throws JsonMappingException {
                if (type.getRawClass() == Optional.class) {
                    return new OptionalOf(type.containedTypeOrUnknown(0));
                }
                return super.findBeanDeserializer(type, config, bean);
            }
        });
        m.addSerializer(LocalDate.class, new StdSerializer<>(LocalDate.class) {
            @Override
            public void serialize(LocalDate value, JsonGenerator g, SerializerProvider p) throws IOException {
                g.writeString(value.toString());
            }
        });
        m.addDeserializer(LocalDate.class, new StdDeserializer<>(LocalDate.class) {
            @Override
            public LocalDate deserialize(JsonParser p, DeserializationContext c) throws IOException {
                return LocalDate.parse(p.getValueAsString());
            }
        });
        m.addSerializer(LocalDateRange.class, new StdSerializer<>(LocalDateRange.class) {
            @Override
            public void serialize(LocalDateRange value, JsonGenerator g, SerializerProvider p) throws IOException {
                g.writeString(value.getStart() + "/" + value.getEnd());
            }
        });
        m.addDeserializer(LocalDateRange.class, new StdDeserializer<>(LocalDateRange.class) {
            @Override
            public LocalDateRange deserialize(JsonParser p, DeserializationContext c) throws IOException {
                String[] ends = p.getValueAsString().split("/");
                return LocalDateRange.of(LocalDate.parse(ends[0]), LocalDate.parse(ends[1]));
            }
        });
        m.addSerializer(OptionalInt.class, new StdSerializer<>(OptionalInt.class) {
            @Override
            public void serialize(OptionalInt value, JsonGenerator g, SerializerProvider p) throws IOException {
                if (value.isPresent()) {
                    g.writeNumber(value.getAsInt());
                } else {
                    g.writeNull();
                }
            }
        });
        m.addDeserializer(OptionalInt.class, new StdDeserializer<>(OptionalInt.class) {
            @Override
            public OptionalInt deserialize(JsonParser p, DeserializationContext c) throws IOException {
                return OptionalInt.of(p.getIntValue());
            }

            @Override
            public OptionalInt getNullValue(DeserializationContext c) {
                return OptionalInt.empty();
            }
        });
        @SuppressWarnings({"rawtypes", "unchecked"})
        StdSerializer<Optional> optional = new StdSerializer<>(Optional.class) {
            @Override
            public void serialize(Optional value, JsonGenerator g, SerializerProvider p) throws IOException {
                if (value.isPresent()) {
                    p.defaultSerializeValue(value.get(), g);
                } else {
                    g.writeNull();
                }
            }
        };
        m.addSerializer(Optional.class, optional);
        ObjectMapper mapper = new ObjectMapper().registerModule(m)
                .setVisibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
                .setVisibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY)
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        mapper.addMixIn(SymbolicValue.class, Typed.class);
        mapper.addMixIn(Shift.class, Typed.class);
        mapper.addMixIn(Anchor.class, Typed.class);
        return mapper;
    }

    /** An optional value: null is empty. */
    private static final class OptionalOf extends StdDeserializer<Optional<?>> {
        private final JavaType content;

        OptionalOf(JavaType content) {
            super(Optional.class);
            this.content = content;
        }

        @Override
        public Optional<?> deserialize(JsonParser p, DeserializationContext c) throws IOException {
            if (p.currentToken() == JsonToken.VALUE_NULL) {
                return Optional.empty();
            }
            return Optional.of(c.readValue(p, content));
        }

        @Override
        public Optional<?> getNullValue(DeserializationContext c) {
            return Optional.empty();
        }
    }
}
