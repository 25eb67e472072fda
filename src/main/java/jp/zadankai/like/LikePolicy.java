package jp.zadankai.like;

/**
 * What the button's routes are given from the settings.
 *
 * @param burst     presses one client address may send at once
 * @param perMinute presses a minute one client address may send after its burst
 * @param baseUrl   the site's address: a press from a page there counts even when it is served from another origin
 *                  than this server (an export on a static host of the same site)
 */
public record LikePolicy(int burst, int perMinute, String baseUrl) {
}
