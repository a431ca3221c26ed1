<?php

namespace App\Models;

use Illuminate\Database\Eloquent\Casts\Attribute;
use Illuminate\Database\Eloquent\Model;
use Illuminate\Database\Eloquent\Relations\BelongsTo;
use Illuminate\Support\Facades\Log;

/**
 * A tenant on a room or whole-unit lease. Identity fields are pre-filled from
 * MyInfo; foreigners add their FIN and work pass instead.
 */
class Tenant extends Model
{
    public const POSTAL_CODE_PATTERN = '/^\d{6}$/'; // trap: validation pattern, not a postal code

    protected $fillable = [
        'listing_id',
        'nric_fin', // expect: sensitive-personal-data-field user.government_id.national_identification_number.sg_nric_fin
        'full_name', // expect: personal-data-field user.name
        'race', // expect: sensitive-personal-data-field user.demographic.race_ethnicity ; expect: unencrypted-sensitive-storage user.demographic.race_ethnicity
        'date_of_birth', // expect: personal-data-field user.demographic.date_of_birth
        'mobile', // expect: personal-data-field user.contact.phone_number
        'email', // expect: personal-data-field user.contact.email
        'previous_address', // expect: personal-data-field user.contact.address
        'previous_postal_code', // expect: personal-data-field user.contact.address.postal_code
        'work_pass_number', // expect: sensitive-personal-data-field user.government_id.immigration ; expect: unencrypted-sensitive-storage user.government_id.immigration
        'monthly_income', // expect: personal-data-field user.financial
        'lease_start',
        'lease_end',
    ];

    protected $hidden = [
        'nric_fin', // trap: refers to a field declared elsewhere, not a new field (see README)
        'work_pass_number', // trap: refers to a field declared elsewhere, not a new field (see README)
    ];

    protected $casts = [
        'nric_fin' => 'encrypted', // trap: refers to a field declared elsewhere, not a new field (see README)
        'date_of_birth' => 'date', // trap: refers to a field declared elsewhere, not a new field (see README)
        'monthly_income' => 'decimal:2', // trap: refers to a field declared elsewhere, not a new field (see README)
        'lease_start' => 'date',
        'lease_end' => 'date',
    ];

    public function listing(): BelongsTo
    {
        return $this->belongsTo(Listing::class);
    }

    /** Only the last four characters of the NRIC are shown to landlords (PDPC advisory guidelines). */
    protected function maskedNric(): Attribute
    {
        return Attribute::get(fn () => 'XXXXX' . substr($this->nric_fin, -4));
    }

    public function sendToLandlord(): void
    {
        Log::info('Tenant application forwarded', ['tenant' => $this->id, 'listing' => $this->listing_id]); // trap: logs surrogate keys only
        Log::debug('Tenant application payload', $this->toArray()); // expect: personal-data-in-log user
        Log::notice("Application from {$this->full_name}, mobile {$this->mobile}"); // expect: personal-data-in-log user.name ; expect: personal-data-in-log user.contact.phone_number
    }
}
