package jp.zadankai.site;

import java.util.List;

import jp.zadankai.content.ContentProblem;

/** What building a snapshot gave: the site (null when there were errors) and every problem found. */
public record SiteBuild(Site site, List<ContentProblem> problems) {

    public boolean hasErrors() {
        return !errors().isEmpty();
    }

    public List<ContentProblem> errors() {
        return ContentProblem.errorsIn(problems);
    }
}
