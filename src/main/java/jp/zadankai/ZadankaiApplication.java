package jp.zadankai;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

import jp.zadankai.editor.EditorCommands;

@SpringBootApplication
public class ZadankaiApplication {

    public static void main(String[] args) {
        if (EditorCommands.handles(args)) {
            System.exit(new EditorCommands(System.out, System.err).run(ZadankaiApplication.class, args));
        }
        OutOfMemoryExit.install();
        SpringApplication.run(ZadankaiApplication.class, args);
    }
}
