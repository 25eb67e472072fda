package jp.zadankai.site;

import org.springframework.http.MediaType;
import org.springframework.http.MediaTypeFactory;

/** The Content-Type of a file by its name; text types say their charset, which is always UTF-8 here. */
final class MediaTypes {
    private MediaTypes() {
    }

    static String of(String path) {
        MediaType type = MediaTypeFactory.getMediaType(path).orElse(MediaType.APPLICATION_OCTET_STREAM);
        boolean text = type.getType().equals("text") || type.getSubtype().contains("xml")
                || type.getSubtype().contains("json") || type.getSubtype().contains("javascript");
        return text ? type + ";charset=UTF-8" : type.toString();
    }
}
