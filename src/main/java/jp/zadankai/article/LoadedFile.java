package jp.zadankai.article;

import java.util.List;

import jp.zadankai.content.ContentProblem;

/** What one article file gave: its article (null when it has errors) and its own problems, by its bytes' digest. */
record LoadedFile(byte[] digest, Article article, List<ContentProblem> problems) {
}
