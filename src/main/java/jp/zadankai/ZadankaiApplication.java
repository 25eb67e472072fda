package jp.zadankai;

import java.nio.file.Path;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

import jp.zadankai.editor.EditorCommands;

@SpringBootApplication
public class ZadankaiApplication {

    public static void main(String[] args) {
        if (EditorCommands.handles(args)) {
            int status = new EditorCommands(System.out, System.err, Path.of("")).run(ZadankaiApplication.class, args);
            // Only a failure needs saying to the shell: a command that succeeds ends as main returns.
            if (status != EditorCommands.OK) {
                System.exit(status);
            }
            return;
        }
        OutOfMemoryExit.install();
        SpringApplication.run(ZadankaiApplication.class, args);
    }
}
