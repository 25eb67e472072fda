package jp.zadankai.site;

import java.util.List;

import jp.zadankai.content.ContentProblem;

/** What building a snapshot gave: the site (null when there were errors) and every problem found. */
public record SiteBuild(Site site, List<ContentProblem> problems) {

    public boolean hasErrors() {
        return problems.stream().anyMatch(ContentProblem::isError);
    }

    public List<ContentProblem> errors() {
        return problems.stream().filter(ContentProblem::isError).toList();
    }
}
