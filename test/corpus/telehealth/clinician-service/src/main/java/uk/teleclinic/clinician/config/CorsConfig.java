package uk.teleclinic.clinician.config;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.CorsRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration
public class CorsConfig implements WebMvcConfigurer {

    @Override
    public void addCorsMappings(CorsRegistry registry) {
        registry.addMapping("/api/clinician/**")
                .allowedOrigins("https://clinician.teleclinic.co.uk", "https://admin.teleclinic.co.uk") // trap: explicit allow-list of origins
                .allowedMethods("GET", "POST", "PATCH")
                .allowCredentials(true);

        registry.addMapping("/api/embed/**")
                .allowedOriginPatterns("*") // expect: permissive-cors
                .allowCredentials(true);
    }
}
