package org.chronologer.write;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.chronologer.model.Chronology;
import org.junit.jupiter.api.Test;

/** The chronology JSON against its published JSON Schema, and what version 2 adds: typed times, mention ids, typed nodes. */
class ChronologyJsonSchemaTest {

    private static final ObjectMapper M = new ObjectMapper();

    private static Set<ValidationMessage> validate(JsonNode json) {
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(ChronologyWriter.schema());
        return schema.validate(json);
    }

    @Test
    void theFixtureChronologyIsValidAgainstThePublishedSchema() throws Exception {
        JsonNode root = M.readTree(ChronologyWriter.json(FixtureChronology.get()));
        assertThat(validate(root)).isEmpty();
        assertThat(root.get("schemaVersion").asInt()).isEqualTo(ChronologyWriter.SCHEMA_VERSION);
    }

    @Test
    void theSchemaRefusesWhatItDoesNotDescribe() throws Exception {
        ObjectNode root = (ObjectNode) M.readTree(ChronologyWriter.json(FixtureChronology.get()));
        ((ObjectNode) root.get("events").get(0).get("when")).remove("granularity");
        ((ObjectNode) root.get("relations").get(0)).put("from", "e1");
        root.put("schemaVersion", 1);
        assertThat(validate(root)).hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    void eventTimesAreTypedMentionsHaveIdsAndRelationsJoinTypedNodes() throws Exception {
        Chronology c = FixtureChronology.get();
        JsonNode root = M.readTree(ChronologyWriter.json(c));
        JsonNode decade = null;
        for (JsonNode e : root.get("events")) {
            if (!e.get("when").isNull() && e.get("when").get("value").asText().matches("\\d{3}")) {
                decade = e.get("when");
            }
        }
        assertThat(decade).as("the fixtures tell of the 1950s").isNotNull();
        assertThat(decade.get("granularity").asText()).isEqualTo("decade");
        // every mention has an id, unique; a telling dated by an expression points at a mention of its article, and
        // an event dated in its clause has that mention as its anchor, with the interval the mention gives
        Map<String, JsonNode> mentions = new HashMap<>();
        root.get("mentions").forEach(m -> assertThat(mentions.put(m.get("id").asText(), m)).isNull());
        int dated = 0;
        for (JsonNode e : root.get("events")) {
            for (JsonNode s : e.get("sources")) {
                if (!s.get("mention").isNull()) {
                    JsonNode m = mentions.get(s.get("mention").asText());
                    assertThat(m).isNotNull();
                    assertThat(m.get("article").asText()).isEqualTo(s.get("article").asText());
                }
            }
            JsonNode anchor = e.get("anchor");
            if (anchor.get("kind").asText().equals("dated")) {
                dated++;
                JsonNode m = mentions.get(anchor.get("mention").asText());
                assertThat(m).isNotNull();
                assertThat(m.get("article").asText()).isEqualTo(anchor.get("article").asText());
                assertThat(e.get("when").get("earliest").asText()).isEqualTo(m.get("earliest").asText());
            }
            if (anchor.get("kind").asText().equals("relative")) {
                assertThat(anchor.get("event").asText()).matches("e\\d+");
            }
        }
        assertThat(dated).isPositive();
        Set<String> events = new HashSet<>();
        root.get("events").forEach(e -> events.add(e.get("id").asText()));
        Set<String> articles = new HashSet<>();
        root.get("articles").forEach(a -> articles.add(a.get("id").asText()));
        assertThat(root.get("relations")).isNotEmpty().allSatisfy(r -> {
            for (String end : new String[] {"from", "to"}) {
                JsonNode n = r.get(end);
                assertThat(n.get("kind").asText().equals("event") ? events : articles).contains(n.get("id").asText());
            }
        });
        assertThat(root.get("relations")).anySatisfy(r -> assertThat(r.get("to").get("kind").asText()).isEqualTo("publication"));
    }
}
