package jp.zadankai.like;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A token bucket per client address: a burst of {@code burst} presses, then {@code perMinute} a minute. Kept in
 * memory, per instance; an address idle long enough to have a full bucket again is forgotten when the table grows.
 */
public final class RateLimiter {
    private static final int MAX_CLIENTS = 10_000;

    private final int burst;
    private final double tokensPerNano;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    public RateLimiter(int burst, int perMinute) {
        this.burst = burst;
        this.tokensPerNano = perMinute / 60e9;
    }

    public boolean allow(String client, long nanoTime) {
        if (buckets.size() > MAX_CLIENTS) {
            buckets.values().removeIf(bucket -> bucket.isFull(nanoTime));
            // Addresses still active past the bound are let go too: memory stays bounded, at the cost of their count.
            if (buckets.size() > MAX_CLIENTS) {
                buckets.clear();
            }
        }
        return buckets.computeIfAbsent(client, key -> new Bucket(burst, nanoTime)).take(nanoTime);
    }

    private final class Bucket {
        private double tokens;
        private long updated;

        Bucket(double tokens, long updated) {
            this.tokens = tokens;
            this.updated = updated;
        }

        synchronized boolean take(long now) {
            refill(now);
            if (tokens < 1) {
                return false;
            }
            tokens -= 1;
            return true;
        }

        synchronized boolean isFull(long now) {
            refill(now);
            return tokens >= burst;
        }

        private void refill(long now) {
            tokens = Math.min(burst, tokens + (now - updated) * tokensPerNano);
            updated = now;
        }
    }
}
