package io.examday.portal;

import io.examday.portal.ops.SeedCommand;
import io.examday.portal.ops.embedded.ServicesCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.cache.annotation.EnableCaching;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
@EnableCaching
public class PortalApplication {

    public static void main(String[] args) {
        if (args.length > 0 && ServicesCommand.NAME.equals(args[0])) {
            // `services postgres|redis …` runs one of the portal's servers alone (a chaos run restarts it): no Spring.
            System.exit(ServicesCommand.run(args));
        }
        if (args.length > 0 && SeedCommand.NAME.equals(args[0])) {
            // `seed …` loads candidates and exams, then exits: no web server, no background workers.
            var app = new SpringApplication(PortalApplication.class);
            app.setWebApplicationType(WebApplicationType.NONE);
            app.setAdditionalProfiles(SeedCommand.PROFILE);
            System.exit(SpringApplication.exit(app.run(args)));
        }
        SpringApplication.run(PortalApplication.class, args);
    }
}
