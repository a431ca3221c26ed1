import { PutObjectCommand, S3Client, GetObjectCommand } from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import { Storage } from '@google-cloud/storage';

const s3 = new S3Client({ region: process.env.AWS_REGION });
const gcs = new Storage();
const DOCUMENTS_BUCKET = process.env.DOCUMENTS_BUCKET!;

/** Visit summary PDF (diagnosis, plan, prescriptions) emailed to the patient as a link. */
export async function uploadVisitSummary(visitId: string, pdf: Buffer): Promise<string> {
  await s3.send(
    new PutObjectCommand({
      Bucket: DOCUMENTS_BUCKET,
      Key: `summaries/${visitId}.pdf`,
      Body: pdf,
      ContentType: 'application/pdf',
      ACL: 'public-read', // expect: public-data-store
    }),
  );
  return `https://${DOCUMENTS_BUCKET}.s3.amazonaws.com/summaries/${visitId}.pdf`;
}

/** Lab results uploaded by partner labs; only reachable through a 15-minute signed link. */
export async function uploadLabResult(resultId: string, pdf: Buffer): Promise<string> {
  await s3.send(
    new PutObjectCommand({
      Bucket: DOCUMENTS_BUCKET,
      Key: `labs/${resultId}.pdf`,
      Body: pdf,
      ACL: 'private', // trap: private object, served through a signed URL
      ServerSideEncryption: 'aws:kms',
    }),
  );
  return getSignedUrl(s3, new GetObjectCommand({ Bucket: DOCUMENTS_BUCKET, Key: `labs/${resultId}.pdf` }), { expiresIn: 900 });
}

/** Photos patients attach to a dermatology visit. */
export async function publishDermatologyPhoto(visitId: string, photo: Buffer): Promise<string> {
  const file = gcs.bucket('teleclinic-derm-photos').file(`${visitId}/${Date.now()}.jpg`);
  await file.save(photo, { contentType: 'image/jpeg' });
  await file.makePublic(); // expect: public-data-store
  return file.publicUrl();
}
