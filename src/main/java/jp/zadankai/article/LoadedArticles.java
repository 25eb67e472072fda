package jp.zadankai.article;

import java.util.List;

import jp.zadankai.content.ContentProblem;

/** The articles that loaded, and every problem found on the way (errors and warnings). */
public record LoadedArticles(List<Article> articles, List<ContentProblem> problems) {
}
