package com.tradeledger.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.util.List;

/** JSON Schema (draft 07) validation with an independent validator, networknt's, for the contract's tests. */
final class SchemaValidation {

    private static final SchemaRegistry DRAFT_7 = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7);

    private SchemaValidation() {}

    static Schema schema(JsonNode schema) {
        return DRAFT_7.getSchema(schema);
    }

    /** What is wrong with the instance, one line per fault; empty when it is valid. */
    static List<String> errors(Schema schema, JsonNode instance) {
        return schema.validate(instance).stream().map(Error::toString).toList();
    }
}
