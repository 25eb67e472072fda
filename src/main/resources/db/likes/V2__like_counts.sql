-- Each article's count, kept beside the rows in the same transaction: a press reads one row instead of counting
-- every reader of the article (a count that grows with the article's popularity, on every press).
CREATE TABLE like_counts (
    slug  VARCHAR(200) NOT NULL PRIMARY KEY,
    likes BIGINT       NOT NULL
);
INSERT INTO like_counts (slug, likes) SELECT slug, COUNT(*) FROM likes GROUP BY slug;
