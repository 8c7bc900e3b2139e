package org.aiip.tracker;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Initiative Tracker: the record of the AI IP Cooperation Initiative published by the AI working
 * group of the ICC China National Committee on 20 April 2020.
 */
@SpringBootApplication
public class TrackerApplication {

    public static void main(String[] args) {
        SpringApplication.run(TrackerApplication.class, args);
    }

}
