package uk.teleclinic.clinician.documents;

import org.springframework.stereotype.Component;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.ObjectCannedACL;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.model.ServerSideEncryption;

@Component
public class LabReportStorage {

    private final S3Client s3;
    private final String bucket;

    public LabReportStorage(S3Client s3, AppProperties props) {
        this.s3 = s3;
        this.bucket = props.documentsBucket();
    }

    public String storeLabReport(String reportId, byte[] pdf) {
        PutObjectRequest request = PutObjectRequest.builder()
                .bucket(bucket)
                .key("lab-reports/" + reportId + ".pdf")
                .contentType("application/pdf")
                .acl(ObjectCannedACL.PUBLIC_READ) // expect: public-data-store
                .build();
        s3.putObject(request, RequestBody.fromBytes(pdf));
        return "https://" + bucket + ".s3.eu-west-2.amazonaws.com/lab-reports/" + reportId + ".pdf";
    }

    public void storeReferralLetter(String referralId, byte[] pdf) {
        PutObjectRequest request = PutObjectRequest.builder()
                .bucket(bucket)
                .key("referrals/" + referralId + ".pdf")
                .acl(ObjectCannedACL.PRIVATE) // trap: private object ACL
                .serverSideEncryption(ServerSideEncryption.AWS_KMS)
                .build();
        s3.putObject(request, RequestBody.fromBytes(pdf));
    }
}
