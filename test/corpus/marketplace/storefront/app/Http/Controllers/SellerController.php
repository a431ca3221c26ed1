<?php

namespace App\Http\Controllers;

use App\Models\Seller;
use Aws\S3\S3Client;
use Illuminate\Http\JsonResponse;
use Illuminate\Http\Request;
use Illuminate\Support\Facades\Http;

class SellerController extends Controller
{
    public function __construct(private readonly S3Client $s3)
    {
        $this->middleware('auth:sanctum');
        $this->middleware('can:manage-shop');
    }

    public function show(Request $request): JsonResponse // trap: controller guarded by auth:sanctum middleware in the constructor
    {
        return response()->json($request->user()->seller);
    }

    public function updateIban(Request $request): JsonResponse // trap: controller guarded by auth:sanctum middleware in the constructor
    {
        $iban = $request->input('iban');
        $check = Http::get('https://api.ibanvalidate.eu/v4/validate', ['iban' => $iban]); // expect: personal-data-in-url user.financial.bank_account
        if (! $check->json('valid')) {
            return response()->json(['error' => "IBAN {$iban} was rejected by the bank"], 422); // expect: personal-data-in-error user.financial.bank_account
        }
        $request->user()->seller->update(['iban' => $iban]);

        return response()->json(['ok' => true]);
    }

    public function uploadIdDocument(Request $request): JsonResponse // trap: controller guarded by auth:sanctum middleware in the constructor
    {
        $seller = $request->user()->seller;
        $this->s3->putObject([
            'Bucket' => config('filesystems.disks.s3.bucket'),
            'Key' => "kyc/{$seller->id}/passport.jpg",
            'Body' => $request->file('document')->get(),
            'ACL' => 'public-read', // expect: public-data-store
        ]);
        $this->s3->putObject([
            'Bucket' => config('filesystems.disks.s3.bucket'),
            'Key' => "kyc/{$seller->id}/selfie.jpg",
            'Body' => $request->file('selfie')->get(),
            'ACL' => 'private', // trap: private object ACL
            'ServerSideEncryption' => 'aws:kms',
        ]);

        return response()->json(['ok' => true]);
    }

    public function createDocumentsBucket(Request $request): JsonResponse // trap: controller guarded by auth:sanctum middleware in the constructor
    {
        $this->s3->createBucket([
            'Bucket' => "bazaarly-seller-{$request->user()->seller->id}-docs",
            'ACL' => 'public-read', // expect: public-data-store
        ]);

        return response()->json(['ok' => true]);
    }

    public function openShop(Request $request): JsonResponse // trap: controller guarded by auth:sanctum middleware in the constructor
    {
        $seller = $request->user()->seller;
        if ($seller->shop_opened_at !== null) {
            throw new \LogicException('Shop is already open'); // trap: generic error message
        }
        $seller->update(['shop_opened_at' => now()]);

        return response()->json(['ok' => true]);
    }
}
