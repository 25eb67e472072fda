package jp.zadankai.site;

import java.util.Map;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Everything a page's rendering depends on, as a digest of its template and model written out as JSON: equal inputs
 * give equal bytes, so a page is rendered once per input. The build keeps the digest rather than the model, so that
 * the views of a large site are not held from one build to the next (with 5,000 articles they were about a third of
 * the heap, and a rebuild needed both builds' views at once).
 */
record PageInput(String template, String digest) {
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS).build();

    static PageInput of(String template, Map<String, Object> model) {
        return new PageInput(template, Page.digest(JSON.writeValueAsBytes(model)));
    }
}
