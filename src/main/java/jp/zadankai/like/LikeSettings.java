package jp.zadankai.like;

import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * スキ settings ({@code zadankai.likes.*}).
 *
 * @param burst     presses one client address may send at once
 * @param perMinute presses a minute one client address may send after its burst
 * @param server    the server that counts, for an export: its pages carry the button pointing there; unset, an
 *                  export has no button (a static host cannot count)
 */
public record LikeSettings(@DefaultValue("20") int burst,
                           @DefaultValue("60") int perMinute,
                           String server) {
}
