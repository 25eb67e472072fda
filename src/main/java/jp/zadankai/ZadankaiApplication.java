package jp.zadankai;

import java.nio.file.Path;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

import jp.zadankai.editor.EditorCommands;

@SpringBootApplication
public class ZadankaiApplication {

    public static void main(String[] args) {
        if (EditorCommands.handles(args)) {
            System.exit(new EditorCommands(System.out, System.err, Path.of("")).run(ZadankaiApplication.class, args));
        }
        SpringApplication.run(ZadankaiApplication.class, args);
    }
}
