package jp.zadankai.article;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The front matter as written, bound from YAML before it is checked: any field may be missing (null), and the
 * fields that are numbers or flags are boxed so that a missing one is told apart from 0 or false.
 */
record FrontMatterYaml(String title, String slug, LocalDate date, LocalDate updated, LocalDate held,
                       String description,
                       String author, String cover,
                       // tags: DX (one tag without brackets) has always been accepted. An array, not a list:
                       // Jackson binds [a, [b]] to a List<String> as a, b and then fails on the stray ].
                       @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) String[] tags,
                       SeriesYaml series, Boolean draft, List<ParticipantYaml> participants) {

    record SeriesYaml(String name, Integer part, Integer of) {
    }

    record ParticipantYaml(String name, @JsonProperty("short") String shortName, String role, String group,
                           String reading) {
    }
}
