-- One row per reader who likes an article: the article, a hash of the reader's random id, and when.
CREATE TABLE likes (
    slug     VARCHAR(200) NOT NULL,
    reader   VARCHAR(64)  NOT NULL,
    liked_at BIGINT       NOT NULL,
    PRIMARY KEY (slug, reader)
);
