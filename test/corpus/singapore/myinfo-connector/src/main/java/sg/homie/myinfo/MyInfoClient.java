package sg.homie.myinfo;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

public class MyInfoClient {

    private static final Logger LOG = LoggerFactory.getLogger(MyInfoClient.class);

    /** Attributes requested from MyInfo; must match the approved data-use justification. */
    static final String SCOPE = "uinfin name sex race dob residentialstatus mobileno email regadd"; // trap: OAuth scope string naming attributes, not personal data

    private final HttpClient http = HttpClient.newHttpClient();
    private final String clientId; // trap: the app's OAuth client id, not a person's id
    private final URI personUrl;
    private final PersonMapper mapper;

    public MyInfoClient(String clientId, URI personUrl, PersonMapper mapper) {
        this.clientId = clientId;
        this.personUrl = personUrl;
        this.mapper = mapper;
    }

    public MyInfoPersonResponse fetchPerson(String accessToken, String sub) throws Exception {
        LOG.info("Fetching MyInfo person for client {}", clientId); // trap: logs the application's client id only
        HttpRequest request = HttpRequest.newBuilder(personUrl.resolve(sub))
                .header("Authorization", "Bearer " + accessToken)
                .GET()
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            LOG.error("MyInfo returned {} for sub {}", response.statusCode(), sub); // expect: personal-data-in-log user.unique_id
            throw new MyInfoException(response.statusCode());
        }
        MyInfoPersonResponse person = mapper.read(response.body());
        LOG.debug("MyInfo person {}", person); // expect: personal-data-in-log user
        LOG.info("MyInfo data retrieved for {}", person.uinfin().value()); // expect: personal-data-in-log user.government_id.national_identification_number.sg_nric_fin
        return person;
    }
}
