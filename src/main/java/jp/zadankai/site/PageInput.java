package jp.zadankai.site;

import java.util.Map;

/** Everything a page's rendering depends on: equal inputs give equal bytes, so a page is rendered once per input. */
record PageInput(String template, Map<String, Object> model) {
}
