<?php

namespace App\Jobs;

use App\Models\Agent;
use Illuminate\Bus\Queueable;
use Illuminate\Contracts\Queue\ShouldQueue;
use Illuminate\Foundation\Bus\Dispatchable;
use Illuminate\Queue\InteractsWithQueue;
use Illuminate\Support\Facades\Http;
use Illuminate\Support\Facades\Log;

class OnboardAgent implements ShouldQueue
{
    use Dispatchable, InteractsWithQueue, Queueable;

    public function __construct(public Agent $agent)
    {
    }

    public function handle(): void
    {
        $agent = $this->agent;
        Log::info('Onboarding agent', ['email' => $agent->work_email]); // expect: personal-data-in-log user.contact.email

        $response = Http::post(config('services.licensing.url'), [
            'ssn' => $agent->ssn, // trap: request payload built from a column declared elsewhere, not a field or a log
            'last_name' => $agent->last_name, // trap: request payload built from a column declared elsewhere, not a field or a log
        ]);

        if ($response->failed()) {
            Log::warning('Licence check failed for ' . $agent->first_name . ' ' . $agent->last_name); // expect: personal-data-in-log user.name
            $this->release(3600);
            return;
        }

        Log::info("Agent {$agent->id} assigned to branch {$agent->branch_office_id}"); // trap: surrogate ids only
    }
}
