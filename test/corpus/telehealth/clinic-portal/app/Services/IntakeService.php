<?php

namespace App\Services;

use App\Models\Intake;
use App\Models\Patient;
use Firebase\JWT\JWT;
use Illuminate\Support\Facades\Cookie;
use Illuminate\Support\Facades\Http;
use Illuminate\Support\Facades\Storage;
use OpenAI\Laravel\Facades\OpenAI;
use Segment\Segment;
use Sentry\State\Scope;
use Symfony\Component\HttpFoundation\Cookie as HttpCookie;

use function Sentry\captureMessage;
use function Sentry\configureScope;

class IntakeService
{
    private const EPS_API = 'https://eps.pharmalink.co.uk/api/v3';

    public function identify(Patient $patient): void
    {
        Segment::identify([
            'userId' => (string) $patient->id,
            'traits' => [
                'email' => $patient->email, // expect: personal-data-to-third-party user.contact.email
                'plan' => $patient->plan,
            ],
        ]);
    }

    public function submitted(Patient $patient, Intake $intake): void
    {
        Segment::track([
            'userId' => (string) $patient->id,
            'event' => 'Intake Submitted',
            'properties' => ['symptoms' => $intake->symptoms, 'urgency' => $intake->urgency], // expect: personal-data-to-third-party user.health_and_medical
        ]);
        Segment::track([
            'userId' => hash_hmac('sha256', (string) $patient->id, config('services.segment.salt')), // trap: keyed hash of the id, and a label only
            'event' => 'Intake Scored',
            'properties' => ['urgency' => $intake->urgency],
        ]);
    }

    public function suggestUrgency(Intake $intake): string
    {
        $result = OpenAI::chat()->create([
            'model' => 'gpt-4o-mini',
            'messages' => [
                ['role' => 'system', 'content' => 'Grade urgency as routine, soon or urgent.'],
                ['role' => 'user', 'content' => "Symptoms: {$intake->symptoms}. Medications: {$intake->current_medications}."], // expect: personal-data-to-third-party user.health_and_medical
            ],
        ]);

        return trim($result->choices[0]->message->content);
    }

    public function reportFailure(Patient $patient, \Throwable $e): void
    {
        configureScope(function (Scope $scope) use ($patient): void {
            $scope->setUser(['id' => (string) $patient->id]); // trap: surrogate id only
        });
        captureMessage("Intake failed for {$patient->full_name} <{$patient->email}>: {$e->getMessage()}"); // expect: personal-data-to-third-party user.name
    }

    public function checkExemption(Patient $patient): bool
    {
        $response = Http::get(self::EPS_API.'/exemptions', [
            'nhs_number' => $patient->nhs_number, // expect: personal-data-in-url user.government_id.national_identification_number
            'dob' => $patient->date_of_birth->format('Y-m-d'),
        ]);
        if ($response->status() === 404) {
            throw new \RuntimeException("No exemption record for NHS number {$patient->nhs_number}"); // expect: personal-data-in-error user.government_id.national_identification_number
        }
        if ($response->failed()) {
            throw new \RuntimeException('Exemption service unavailable'); // trap: generic error message
        }

        return (bool) $response->json('exempt');
    }

    public function sendToPharmacy(Patient $patient, Intake $intake): void
    {
        Http::withToken(config('services.eps.token'))
            ->post(self::EPS_API.'/prescriptions', ['nhs_number' => $patient->nhs_number, 'items' => $intake->prescription_items]) // trap: personal data in the request body, not the URL
            ->throw();
    }

    public function storeSummary(Intake $intake, string $pdf): string
    {
        Storage::disk('s3')->put("summaries/{$intake->id}.pdf", $pdf, 'private'); // trap: private visibility
        Storage::disk('s3')->put("shared/{$intake->id}.pdf", $pdf, 'public'); // expect: public-data-store

        return Storage::disk('s3')->url("shared/{$intake->id}.pdf");
    }

    public function sessionArtifacts(Patient $patient): array
    {
        $jwt = JWT::encode([
            'sub' => (string) $patient->id,
            'email' => $patient->email, // expect: personal-data-in-client-storage user.contact.email
            'exp' => time() + 1800,
        ], config('app.jwt_key'), 'HS256');

        $nameCookie = Cookie::make('patient_name', $patient->full_name, 60, '/', null, true, true, false, HttpCookie::SAMESITE_LAX); // expect: personal-data-in-client-storage user.name
        $tabCookie = Cookie::make('last_tab', 'prescriptions', 60, '/', null, true, true, false, HttpCookie::SAMESITE_LAX); // trap: UI state, all cookie flags set

        return [$jwt, $nameCookie, $tabCookie];
    }
}
