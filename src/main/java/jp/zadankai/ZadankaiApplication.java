package jp.zadankai;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class ZadankaiApplication {

    public static void main(String[] args) {
        SpringApplication.run(ZadankaiApplication.class, args);
    }
}
