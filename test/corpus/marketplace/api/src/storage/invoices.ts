import { CreateBucketCommand, PutObjectAclCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';

const s3 = new S3Client({});

/** One bucket per seller for their invoices (buyer name and shipping address on every page). */
export async function createSellerInvoiceBucket(sellerId: string): Promise<void> {
  await s3.send(new CreateBucketCommand({ Bucket: `bazaarly-invoices-${sellerId}`, ACL: 'public-read' })); // expect: public-data-store
}

export async function uploadInvoice(sellerId: string, orderId: string, pdf: Uint8Array): Promise<void> {
  await s3.send(new PutObjectCommand({ Bucket: `bazaarly-invoices-${sellerId}`, Key: `${orderId}.pdf`, Body: pdf, ACL: 'bucket-owner-full-control' })); // trap: bucket-owner ACL, not public
}

export async function shareInvoiceWithBuyer(sellerId: string, orderId: string): Promise<void> {
  await s3.send(
    new PutObjectAclCommand({
      Bucket: `bazaarly-invoices-${sellerId}`,
      Key: `${orderId}.pdf`,
      ACL: 'public-read', // expect: public-data-store
    }),
  );
}
